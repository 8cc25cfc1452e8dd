using System.Text.Json;
using UseServer.Flight.Reply;

namespace UseServer.Flight.Forms;

/// <content>
/// Routing's step: which function a form post names, from its action fields alone. The bound arguments, the user's
/// fields and files and the <c>$ACTION_KEY</c> are not read here; <see cref="ActionFormDecoder.Decode"/> reads them in
/// the function's endpoint, once its authorization and rate limiting have let the call through.
/// </content>
internal static partial class ActionFormDecoder
{
    private const string MetadataSuffix = ":0";

    /// <summary>
    /// Whether routing needs the field <paramref name="name"/>: <c>$ACTION_ID_…</c>, <c>$ACTION_REF_…</c> and a bound
    /// action's metadata <c>$ACTION_&lt;n&gt;:0</c>. Every other part is skipped unread until the function's endpoint.
    /// </summary>
    public static bool IdentifiesAction(string name) =>
        name.StartsWith(ActionPrefix, StringComparison.Ordinal) &&
        (name.StartsWith(IdPrefix, StringComparison.Ordinal) || name.StartsWith(RefPrefix, StringComparison.Ordinal) || name.EndsWith(MetadataSuffix, StringComparison.Ordinal));

    /// <summary>The ID of the function the form names, or <see langword="null"/> when no field names one (not an action post).</summary>
    /// <param name="actionFields">The body's <see cref="IdentifiesAction"/> fields, in order.</param>
    /// <param name="limits">The app's limits (the function is not known yet).</param>
    /// <returns>The function ID, to look up exactly.</returns>
    /// <exception cref="ReplyDecodeException">The action fields or the metadata are malformed, or name more than <see cref="MaxActionFields"/> actions.</exception>
    public static string? Identify(ReplyPayload actionFields, ReplyLimits limits)
    {
        ArgumentNullException.ThrowIfNull(actionFields);
        ArgumentNullException.ThrowIfNull(limits);
        return LastActionField(actionFields) is not { } action ? null
            : MetadataPrefix(action) is { } prefix ? MetadataId(MetadataPart(actionFields, prefix).Data.Span, limits)
            : UnboundId(action);
    }

    /// <summary>
    /// The <c>id</c> of metadata <c>{"id": string, "bound": …}</c>, read with <see cref="Utf8JsonReader"/> and
    /// <c>bound</c> skipped unread. A hand-written reader because the reply decoder would resolve <c>"$@1"</c>, the bound
    /// arguments, which are decoded only after authorization. It accepts less than the decoder (the ID must be a plain
    /// JSON string, as React writes it, <c>$$</c>-escaped if it starts with <c>$</c>), and the endpoint's full decode must
    /// arrive at the same ID.
    /// </summary>
    private static string MetadataId(ReadOnlySpan<byte> json, ReplyLimits limits)
    {
        string? id = null;
        bool bound = false;
        try
        {
            var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = limits.MaxDepth });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                throw NotMetadata();
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                bool isId = reader.ValueTextEquals("id"u8);
                bool isBound = reader.ValueTextEquals("bound"u8);
                if ((isId && id is not null) || (isBound && bound))
                {
                    throw new ReplyDecodeException(ReplyErrorCode.Malformed, "The form's action metadata repeats a key.");
                }

                reader.Read();
                if (isId)
                {
                    id = reader.TokenType == JsonTokenType.String ? reader.GetString() : throw NotMetadata();
                }
                else
                {
                    bound |= isBound;
                    reader.Skip();
                }
            }

            reader.Read(); // after the object: nothing but the end of the part (trailing text throws)
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            throw new ReplyDecodeException(ReplyErrorCode.Malformed, "The form's action metadata is not valid JSON.", e);
        }

        return id switch
        {
            { Length: > 0 } when !bound => throw NotMetadata(),
            [not '$', ..] => id,
            ['$', '$', ..] => id[1..],  // "$$…": an ID that itself starts with "$"
            _ => throw NotMetadata(),   // empty, missing, or a tagged value: not what React writes for an ID
        };
    }

    private static ReplyDecodeException NotMetadata() =>
        new(ReplyErrorCode.InvalidServerReference, "The form's action metadata is not {\"id\":string,\"bound\":…}.");
}
