using UseServer.Flight.Binding;
using UseServer.Flight.Values;

namespace UseServer.Flight.Tests.Binding;

public abstract class BinarySuite : ConverterSuite
{
    public static TheoryData<JsTypedArrayKind> Kinds => new(Enum.GetValues<JsTypedArrayKind>());

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Bytes_are_exactly_the_view(JsTypedArrayKind kind)
    {
        byte[] bytes = [1, 2, 3, 4, 5, 6, 7, 8];
        var view = Js.Bytes(kind, bytes);
        Assert.Equal(bytes, Bind(C(ReplyConverters.ByteArray), view));
        Assert.Equal(bytes, Bind(C(ReplyConverters.ReadOnlyMemoryOfByte), view).ToArray());
    }

    [Fact]
    public void Byte_array_is_a_copy()
    {
        var view = Js.Bytes(JsTypedArrayKind.Uint8Array, 9);
        var copy = Bind(C(ReplyConverters.ByteArray), view);
        copy[0] = 0;
        Assert.Equal(9, view.Bytes.Span[0]);
    }

    [Fact]
    public void Blob_content_binds_as_bytes()
    {
        var blob = new JsBlob(new byte[] { 4, 5 }, "application/octet-stream");
        Assert.Equal([4, 5], Bind(C(ReplyConverters.ByteArray), blob));
    }

    [Fact]
    public void Non_binary_values_fail()
    {
        Fails(C(ReplyConverters.ByteArray), Js.Arr(Js.Num(1)));
        Fails(C(ReplyConverters.ByteArray), Js.Str("AQI="));
        Fails(C(ReplyConverters.ReadOnlyMemoryOfByte), Js.Null);
        Fails(C(ReplyConverters.Stream), Js.Num(1));
    }

    [Fact]
    public void Stream_reads_a_blob_a_view_or_a_byte_stream()
    {
        var s = C(ReplyConverters.Stream);
        Assert.Equal([1, 2], ReadAll(Bind(s, new JsBlob(new byte[] { 1, 2 }, ""))));
        Assert.Equal([3], ReadAll(Bind(s, Js.Bytes(JsTypedArrayKind.ArrayBuffer, 3))));
        var chunks = new JsStream(JsStreamKind.ByteStream, [Js.Bytes(JsTypedArrayKind.Uint8Array, 1, 2), Js.Bytes(JsTypedArrayKind.Uint8Array, 3)], null);
        Assert.Equal([1, 2, 3], ReadAll(Bind(s, chunks)));
        Fails(s, new JsStream(JsStreamKind.ByteStream, [Js.Str("x")], null));
        Fails(s, new JsStream(JsStreamKind.ReadableStream, [Js.Bytes(JsTypedArrayKind.Uint8Array, 1)], null));
    }

    private static byte[] ReadAll(Stream stream)
    {
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}

public sealed class BinaryFactoryTests : BinarySuite
{
    protected override bool UseResolver => false;
}

public sealed class BinaryResolverTests : BinarySuite
{
    protected override bool UseResolver => true;
}
