using System.Text;
using UseServer.Flight.Reply;
using UseServer.Flight.Values;

namespace UseServer.Flight.Forms;

/// <summary>
/// Decodes a no-JS form post (a <c>multipart/form-data</c> body that react-dom/server's form encoding produced) as
/// React's <c>decodeAction</c> does (protocol.md §D.3), with the hardened reply decoder:
/// <list type="bullet">
/// <item>every field whose name starts with <c>$ACTION_</c> is withheld from the user's FormData;</item>
/// <item>the <b>last</b> <c>$ACTION_REF_&lt;n&gt;</c> or <c>$ACTION_ID_&lt;id&gt;</c> field names the action (a submit button's
/// field comes after the form's own, so <c>formAction</c> wins);</item>
/// <item><c>$ACTION_REF_&lt;n&gt;</c>: the metadata <c>{"id":…,"bound":"$@1"}</c> is the reply stored under the prefix
/// <c>$ACTION_&lt;n&gt;:</c>, decoded with every <see cref="ReplyLimits"/> limit (at most
/// <see cref="ReplyLimits.MaxBoundArguments"/> bound arguments);</item>
/// <item><c>$ACTION_KEY</c> is the <c>useActionState</c> key (at most <see cref="MaxActionKeyLength"/> bytes);</item>
/// <item>more than <see cref="MaxActionFields"/> action fields is refused: React before 19.0.8 decoded every one
/// (CVE-2026-44907), and a real form has its own plus at most one submit button's.</item>
/// </list>
/// </summary>
internal static class ActionFormDecoder
{
    private const string ActionPrefix = "$ACTION_";
    private const string RefPrefix = "$ACTION_REF_";
    private const string IdPrefix = "$ACTION_ID_";
    private const string KeyField = "$ACTION_KEY";

    /// <summary>A form's own action field plus a submit button's <c>formAction</c>: more is an attack (CVE-2026-44907), not a form.</summary>
    public const int MaxActionFields = 2;

    /// <summary>The longest <c>$ACTION_KEY</c> (React writes <c>"p"</c> + a permalink or <c>"k"</c> + a 32-digit hash).</summary>
    public const int MaxActionKeyLength = 2048;

    /// <summary>The submission, or <see langword="null"/> when no field names an action (not an action post).</summary>
    /// <param name="form">The body's fields and files by exact name, in order.</param>
    /// <param name="limits">The decoder's limits.</param>
    /// <param name="cancellationToken">Stops a long decode.</param>
    /// <returns>The decoded submission.</returns>
    /// <exception cref="ReplyDecodeException">The action metadata is malformed or over a limit.</exception>
    public static ActionFormSubmission? Decode(ReplyPayload form, ReplyLimits limits, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(limits);
        string? action = null;
        string? key = null;
        int actionFields = 0;
        var fields = new List<KeyValuePair<string, JsValue>>();
        foreach (ReplyPart part in form.Entries)
        {
            string name = part.Name;
            if (!name.StartsWith(ActionPrefix, StringComparison.Ordinal))
            {
                fields.Add(new(name, part.IsFile
                    ? new JsBlob(part.Data, part.ContentType ?? string.Empty, part.FileName ?? string.Empty)
                    : new JsString(Encoding.UTF8.GetString(part.Data.Span))));
            }
            else if (name.StartsWith(RefPrefix, StringComparison.Ordinal) || name.StartsWith(IdPrefix, StringComparison.Ordinal))
            {
                action = name; // the last one wins (a submit button's formAction comes after the form's own field)
                if (++actionFields > MaxActionFields)
                {
                    throw new ReplyDecodeException(ReplyErrorCode.InvalidServerReference, $"The form names more than {MaxActionFields} actions.");
                }
            }
            else if (name == KeyField && !part.IsFile)
            {
                key = part.Data.Length <= MaxActionKeyLength
                    ? Encoding.UTF8.GetString(part.Data.Span)
                    : throw new ReplyDecodeException(ReplyErrorCode.LimitExceeded, $"The form's $ACTION_KEY is longer than {MaxActionKeyLength} bytes.");
            }
        }

        if (action is null)
        {
            return null;
        }

        var userForm = new JsFormData(fields);
        if (action.StartsWith(IdPrefix, StringComparison.Ordinal))
        {
            string id = action[IdPrefix.Length..];
            return id.Length > 0
                ? new ActionFormSubmission(id, null, userForm, key)
                : throw new ReplyDecodeException(ReplyErrorCode.InvalidServerReference, "The form's $ACTION_ID_ field names no function.");
        }

        string prefix = ActionPrefix + action[RefPrefix.Length..] + ":";
        (string functionId, JsArray? bound) = DecodeMetadata(form, limits, prefix, cancellationToken);
        return new ActionFormSubmission(functionId, bound ?? new JsArray([]), userForm, key);
    }

    /// <summary><c>decodeBoundActionMetaData</c>: the reply under <paramref name="prefix"/> must be <c>{"id": string, "bound": null | $@[…]}</c>.</summary>
    private static (string Id, JsArray? Bound) DecodeMetadata(ReplyPayload form, ReplyLimits limits, string prefix, CancellationToken cancellationToken)
    {
        if (!form.TryGetPart(prefix + "0", out _))
        {
            throw new ReplyDecodeException(ReplyErrorCode.InvalidServerReference, $"The form names action metadata '{prefix}0', which it does not carry.");
        }

        JsValue metadata = ReplyDecoder.Decode(form, limits, prefix, cancellationToken);
        if (metadata is not JsObject fields ||
            !fields.TryGetValue("id", out JsValue? idValue) || idValue is not JsString { Value.Length: > 0 } id ||
            !fields.TryGetValue("bound", out JsValue? boundValue))
        {
            throw new ReplyDecodeException(ReplyErrorCode.InvalidServerReference, "The form's action metadata is not {\"id\":string,\"bound\":…}.");
        }

        JsArray? bound = boundValue switch
        {
            JsNull => null,                               // a reference without bound arguments
            JsPromise { Value: JsArray array } => array,  // "$@1": the bound arguments part
            JsArray array => array,                       // inline (React writes the promise form, but the array is the same value)
            _ => throw new ReplyDecodeException(ReplyErrorCode.InvalidServerReference, "The form's bound arguments must be null or an array."),
        };
        if (bound is not null && bound.Count > limits.MaxBoundArguments)
        {
            throw new ReplyDecodeException(ReplyErrorCode.LimitExceeded,
                $"The form binds {bound.Count} arguments; the limit is {limits.MaxBoundArguments} (MaxBoundArguments).");
        }

        return (id.Value, bound);
    }
}
