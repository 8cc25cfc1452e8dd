using UseServer.Flight.Values;

namespace UseServer.Flight.Reply;

/// <summary>
/// Decodes a reply body (what React's <c>encodeReply</c> produced) into the inert value model
/// (protocol.md §A). Synchronous over a fully buffered body; iterative, so no input can overflow the stack.
/// </summary>
internal static class ReplyDecoder
{
    /// <summary>Decodes the root part (<paramref name="prefix"/> + <c>"0"</c>) and everything it references.</summary>
    /// <exception cref="ReplyDecodeException">The body is malformed, hostile, or exceeds <paramref name="limits"/>.</exception>
    public static JsValue Decode(ReplyPayload payload, ReplyLimits limits, string prefix = "", CancellationToken cancellationToken = default) =>
        throw new NotImplementedException();
}
