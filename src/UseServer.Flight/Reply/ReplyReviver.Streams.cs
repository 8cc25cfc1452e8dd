using UseServer.Flight.Values;

namespace UseServer.Flight.Reply;

/// <content>Streams and async iterables uploaded in full.</content>
internal sealed partial class ReplyReviver
{
    /// <summary>
    /// <c>$R $r $X $x &lt;id&gt;</c>: the entries <c>prefixS&lt;decimal id&gt;</c> in arrival order, one JSON text per item,
    /// ended by <c>C</c> (or, for async iterables, <c>C&lt;json&gt;</c> carrying the return value). A body that ends
    /// without <c>C</c> ends the stream (React's server would wait forever). Entries after <c>C</c> are refused.
    /// Byte-stream items must be Uint8Array references. Each id backs at most one stream.
    /// </summary>
    private JsStream ResolveStream(int id, JsStreamKind kind)
    {
        var state = State(id);
        if (state.StreamConsumed)
        {
            throw Fail(ReplyErrorCode.InvalidInitializer, $"Stream {id} is already used; stream ids are single use.");
        }

        state.StreamConsumed = true;
        var indexes = Entries.StreamEntries(id);
        var items = new List<JsValue>(Math.Min(indexes.Count, 16));
        JsValue? returnValue = null;
        bool closed = false;
        for (int i = 0; i < indexes.Count; i++)
        {
            var part = _payload.Entries[indexes[i]];
            ReadOnlySpan<byte> text = part.Data.Span;
            if (closed || part.IsFile)
            {
                throw Fail(ReplyErrorCode.InvalidInitializer, $"Stream {id} has an entry after its end or an entry that is a file.");
            }

            if (!text.IsEmpty && text[0] == ReplyTags.StreamClose)
            {
                closed = true;
                returnValue = StreamReturnValue(id, kind, text[1..]);
                continue;
            }

            if (items.Count >= _limits.MaxStreamItems)
            {
                throw Fail(ReplyErrorCode.LimitExceeded, $"Stream {id} has more than {_limits.MaxStreamItems} items (MaxStreamItems).");
            }

            JsValue item = ReviveNested(text, id, null);
            if (kind == JsStreamKind.ByteStream && item is not JsTypedArray { ArrayKind: JsTypedArrayKind.Uint8Array })
            {
                throw Fail(ReplyErrorCode.InvalidInitializer, $"Byte stream {id} has an item that is not a Uint8Array.");
            }

            items.Add(item);
        }

        _budget.Add(1);
        return new JsStream(kind, items, returnValue);
    }

    private JsValue? StreamReturnValue(int id, JsStreamKind kind, ReadOnlySpan<byte> json)
    {
        if (json.IsEmpty)
        {
            return null;
        }

        if (kind is JsStreamKind.ReadableStream or JsStreamKind.ByteStream)
        {
            throw Fail(ReplyErrorCode.InvalidInitializer, $"ReadableStream {id} ends with a value; only async iterables return one.");
        }

        JsValue value = ReviveNested(json, id, null);
        return value is JsUndefined ? null : value;
    }
}
