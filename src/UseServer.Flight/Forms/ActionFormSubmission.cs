using UseServer.Flight.Values;

namespace UseServer.Flight.Forms;

/// <summary>A no-JS form post decoded as React's <c>decodeAction</c> does (docs/protocol.md, "No-JS form posts").</summary>
internal sealed class ActionFormSubmission
{
    internal ActionFormSubmission(string actionId, JsArray? bound, JsFormData form, string? actionKey)
    {
        ActionId = actionId;
        Bound = bound;
        Form = form;
        ActionKey = actionKey;
    }

    /// <summary>The server function's ID.</summary>
    public string ActionId { get; }

    /// <summary>The bound arguments (<c>$ACTION_REF_</c>), or <see langword="null"/> for an unbound action (<c>$ACTION_ID_</c>).</summary>
    public JsArray? Bound { get; }

    /// <summary>The user's fields and files, in order, with every <c>$ACTION_*</c> field withheld.</summary>
    public JsFormData Form { get; }

    /// <summary>The <c>$ACTION_KEY</c> (a <c>useActionState</c> form's key or <c>"p" + permalink</c>), or <see langword="null"/>.</summary>
    public string? ActionKey { get; }
}
