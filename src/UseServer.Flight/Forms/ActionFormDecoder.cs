using System.Text;
using UseServer.Flight.Reply;
using UseServer.Flight.Values;

namespace UseServer.Flight.Forms;

/// <summary>
/// Decodes a no-JS form post (a <c>multipart/form-data</c> body that react-dom/server's form encoding produced) as
/// React's <c>decodeAction</c> does (docs/protocol.md, "No-JS form posts"), with the hardened reply decoder:
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
/// <remarks>
/// Two steps, so nothing an unauthorized caller sends is decoded: <see cref="Identify"/> during routing reads only the
/// fields that name the function (<see cref="IdentifiesAction"/>), and <see cref="Decode"/> runs in the function's
/// endpoint, after its authorization, rate limiting and size limits (issue 12).
/// </remarks>
internal static partial class ActionFormDecoder
{
    /// <summary>What every field React adds to an action form starts with (its user fields never do).</summary>
    public const string ActionPrefix = "$ACTION_";
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
        string? action = LastActionField(form);
        string? key = null;
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
        if (MetadataPrefix(action) is not { } prefix)
        {
            return new ActionFormSubmission(UnboundId(action), null, userForm, key);
        }

        (string functionId, JsArray? bound) = DecodeMetadata(form, limits, prefix, cancellationToken);
        return new ActionFormSubmission(functionId, bound ?? new JsArray([]), userForm, key);
    }

    /// <summary>
    /// The last <c>$ACTION_REF_</c>/<c>$ACTION_ID_</c> field (a submit button's <c>formAction</c> comes after the form's own
    /// field, so it wins), or <see langword="null"/>; more than <see cref="MaxActionFields"/> is refused.
    /// </summary>
    private static string? LastActionField(ReplyPayload form)
    {
        string? action = null;
        int actionFields = 0;
        foreach (ReplyPart part in form.Entries)
        {
            if (part.Name.StartsWith(RefPrefix, StringComparison.Ordinal) || part.Name.StartsWith(IdPrefix, StringComparison.Ordinal))
            {
                action = part.Name;
                if (++actionFields > MaxActionFields)
                {
                    throw new ReplyDecodeException(ReplyErrorCode.InvalidServerReference, $"The form names more than {MaxActionFields} actions.");
                }
            }
        }

        return action;
    }

    /// <summary>The function an <c>$ACTION_ID_&lt;id&gt;</c> field names.</summary>
    private static string UnboundId(string action) =>
        action.Length > IdPrefix.Length
            ? action[IdPrefix.Length..]
            : throw new ReplyDecodeException(ReplyErrorCode.InvalidServerReference, "The form's $ACTION_ID_ field names no function.");

    /// <summary>The reply prefix <c>$ACTION_&lt;n&gt;:</c> of an <c>$ACTION_REF_&lt;n&gt;</c> field; <see langword="null"/> for <c>$ACTION_ID_</c>.</summary>
    private static string? MetadataPrefix(string action) =>
        action.StartsWith(RefPrefix, StringComparison.Ordinal) ? ActionPrefix + action[RefPrefix.Length..] + ":" : null;

    /// <summary><c>decodeBoundActionMetaData</c>: the reply under <paramref name="prefix"/> must be <c>{"id": string, "bound": null | $@[…]}</c>.</summary>
    private static (string Id, JsArray? Bound) DecodeMetadata(ReplyPayload form, ReplyLimits limits, string prefix, CancellationToken cancellationToken)
    {
        MetadataPart(form, prefix);
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

    /// <summary>The part <c>$ACTION_&lt;n&gt;:0</c>: the action's metadata.</summary>
    private static ReplyPart MetadataPart(ReplyPayload form, string prefix) =>
        form.TryGetPart(prefix + "0", out ReplyPart part)
            ? part
            : throw new ReplyDecodeException(ReplyErrorCode.InvalidServerReference, $"The form names action metadata '{prefix}0', which it does not carry.");
}
