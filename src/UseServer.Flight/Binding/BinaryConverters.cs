using UseServer.Flight.Values;

namespace UseServer.Flight.Binding;

/// <summary>
/// Bytes from any binary value: an <c>ArrayBuffer</c>, any typed array or <c>DataView</c> (exactly the bytes of
/// the view, little-endian), or a <c>Blob</c>/<c>File</c> (its content).
/// </summary>
internal sealed class ReadOnlyMemoryConverter : ReplyConverter<ReadOnlyMemory<byte>>
{
    public static readonly ReadOnlyMemoryConverter Instance = new();

    public override ReadOnlyMemory<byte> Convert(JsValue value, ReplyBindingContext context) => value switch
    {
        JsTypedArray a => a.Bytes,
        JsBlob b => b.Content,
        _ => throw BindingErrors.Mismatch("binary data (a typed array, ArrayBuffer or Blob)", value),
    };
}

/// <summary><see cref="T:byte[]"/>, a copy the method may keep or change, from the values <see cref="ReadOnlyMemoryConverter"/> takes.</summary>
internal sealed class ByteArrayConverter : ReplyConverter<byte[]>
{
    public static readonly ByteArrayConverter Instance = new();

    public override byte[] Convert(JsValue value, ReplyBindingContext context) =>
        ReadOnlyMemoryConverter.Instance.Convert(value, context).ToArray();
}

/// <summary>A read-only, seekable <see cref="Stream"/> over a binary value, or over a byte <c>ReadableStream</c>'s chunks joined.</summary>
internal sealed class StreamConverter : ReplyConverter<Stream>
{
    public static readonly StreamConverter Instance = new();

    public override Stream Convert(JsValue value, ReplyBindingContext context) => value switch
    {
        JsBlob b => b.OpenReadStream(),
        JsStream { StreamKind: JsStreamKind.ByteStream } s => new ReadOnlyMemoryStream(Join(s)),
        _ => new ReadOnlyMemoryStream(ReadOnlyMemoryConverter.Instance.Convert(value, context)),
    };

    private static byte[] Join(JsStream stream)
    {
        int length = 0;
        foreach (var item in stream.Items)
        {
            length += item is JsTypedArray a ? a.Bytes.Length : throw BindingErrors.Mismatch("byte chunks in the stream", item);
        }

        byte[] bytes = new byte[length];
        int offset = 0;
        foreach (var item in stream.Items)
        {
            var chunk = ((JsTypedArray)item).Bytes;
            chunk.CopyTo(bytes.AsMemory(offset));
            offset += chunk.Length;
        }

        return bytes;
    }
}
