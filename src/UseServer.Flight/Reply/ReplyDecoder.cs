using System.Text.Json;
using UseServer.Flight.Values;

namespace UseServer.Flight.Reply;

/// <summary>
/// Decodes a reply body (what React's <c>encodeReply</c> produced) into the inert value model
/// (docs/protocol.md, "Requests"). Synchronous over a fully buffered body; iterative, so no input can overflow the stack.
/// </summary>
/// <remarks>
/// Decisions where React is lenient or ambiguous (documented in the tests as deliberate differences):
/// <list type="bullet">
/// <item>Only the exact tag spellings of the reply tag table (docs/protocol.md) are accepted: <c>$u</c>, <c>$I</c>, <c>$N</c>, <c>$-1</c>, <c>$F…</c> are <see cref="ReplyErrorCode.UnknownTag"/>.</item>
/// <item>JSON must be strict UTF-8; an escaped lone surrogate (<c>"\ud800"</c>) is kept, as JavaScript strings may hold one (<see cref="ReplyJsonText"/>); a repeated object key is <see cref="ReplyErrorCode.Malformed"/>.</item>
/// <item><c>$D</c> must be exactly <c>toISOString</c> text and <c>$n</c> canonical decimal, else <see cref="ReplyErrorCode.InvalidValue"/>.</item>
/// <item>Path references walk only own keys of objects and in-range canonical indexes of arrays; an array's <c>length</c> is refused.</item>
/// <item>A <c>$B</c> file named <c>"blob"</c> decodes to a plain Blob (<see cref="JsBlob.FileName"/> null); its content type is kept as sent.</item>
/// <item><c>$K</c> collects every <c>_&lt;decimal id&gt;_</c> entry in arrival order (React looks for the hex spelling and loses id ≥ 10).</item>
/// <item>A stream without a <c>C</c> entry ends at the end of the body. A server reference's <c>bound</c> must be null or a <c>$@</c> promise of an array.</item>
/// <item>Map and Set initializers must be arrays of distinct [key, value] pairs / items; typed-array, Map/Set/iterator and stream parts are single use.</item>
/// <item>Cancellation of <c>cancellationToken</c> surfaces as <see cref="ReplyErrorCode.Timeout"/> with an <see cref="OperationCanceledException"/> inside.</item>
/// </list>
/// Typed arrays and blobs are views over the payload's buffers (no copy): keep the payload alive while using them.
/// </remarks>
internal static class ReplyDecoder
{
    /// <summary>Decodes the root part (<paramref name="prefix"/> + <c>"0"</c>) and everything it references.</summary>
    /// <exception cref="ReplyDecodeException">The body is malformed, hostile, or exceeds <paramref name="limits"/>. No other exception escapes.</exception>
    public static JsValue Decode(ReplyPayload payload, ReplyLimits limits, string prefix = "", CancellationToken cancellationToken = default) =>
        Decode(payload, limits, prefix, cancellationToken, System.Diagnostics.Stopwatch.GetTimestamp());

    /// <summary>As above, with <see cref="ReplyLimits.MaxDecodeTime"/> counted from <paramref name="started"/> (a <see cref="System.Diagnostics.Stopwatch"/> timestamp).</summary>
    /// <exception cref="ReplyDecodeException">The body is malformed, hostile, or exceeds <paramref name="limits"/>. No other exception escapes.</exception>
    public static JsValue Decode(ReplyPayload payload, ReplyLimits limits, string prefix, CancellationToken cancellationToken, long started)
    {
        ArgumentNullException.ThrowIfNull(payload);
        ArgumentNullException.ThrowIfNull(limits);
        ArgumentNullException.ThrowIfNull(prefix);
        try
        {
            return new ReplyReviver(payload, limits, prefix, cancellationToken, started).DecodeRoot();
        }
        catch (ReplyDecodeException)
        {
            throw;
        }
        catch (JsonException e)
        {
            throw new ReplyDecodeException(ReplyErrorCode.Malformed, "A part is not valid JSON: " + e.Message, e);
        }
        catch (InvalidOperationException e)
        {
            // Utf8JsonReader.GetString: invalid UTF-8.
            throw new ReplyDecodeException(ReplyErrorCode.Malformed, "A part holds text that is not valid Unicode: " + e.Message, e);
        }
        catch (InsufficientExecutionStackException e)
        {
            throw new ReplyDecodeException(ReplyErrorCode.LimitExceeded, "The body nests references too deeply.", e);
        }
        catch (OperationCanceledException e)
        {
            throw new ReplyDecodeException(ReplyErrorCode.Timeout, "Decoding was canceled.", e);
        }
#pragma warning disable CA1031 // The contract is that only ReplyDecodeException escapes, whatever the input.
        catch (Exception e)
#pragma warning restore CA1031
        {
            throw new ReplyDecodeException(ReplyErrorCode.Malformed, "The body could not be decoded.", e);
        }
    }
}
