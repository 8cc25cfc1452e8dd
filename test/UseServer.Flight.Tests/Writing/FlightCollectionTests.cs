using System.Text;
using UseServer.Flight.Values;
using UseServer.Flight.Writing;
using static UseServer.Flight.Tests.Writing.FlightOutput;

namespace UseServer.Flight.Tests.Writing;

public class FlightCollectionTests
{
    [Fact]
    public async Task Map_set_and_specials_match_React_modulo_row_order()
    {
        // prod 02-special-values, without its symbol (React outlines symbols into rows; we write "$S…" inline).
        var value = new JsObject([
            new("date", new JsDate(new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero))),
            new("map", new JsMap([new(new JsString("a"), new JsNumber(1)), new(new JsString("b"), new JsObject([new("c", new JsNumber(2))]))])),
            new("set", new JsSet([new JsString("x")])),
            new("big", new JsBigInt(System.Numerics.BigInteger.Parse("12345678901234567890"))),
            new("undef", JsValue.Undefined),
            new("nan", new JsNumber(double.NaN)),
            new("inf", new JsNumber(double.NegativeInfinity)),
            new("negz", new JsNumber(-0.0)),
        ]);
        string react =
            "1:[[\"a\",1],[\"b\",{\"c\":2}]]\n" +
            "2:[\"x\"]\n" +
            "0:{\"date\":\"$D2024-01-02T03:04:05.000Z\",\"map\":\"$Q1\",\"set\":\"$W2\",\"big\":\"$n12345678901234567890\",\"undef\":\"$undefined\",\"nan\":\"$NaN\",\"inf\":\"$-Infinity\",\"negz\":\"$-0\"}\n";
        Assert.Equal(SortedRows(Encoding.UTF8.GetBytes(react)), SortedRows(await WriteBytesAsync(value)));
    }

    /// <summary>
    /// React's production rows for a value (vector name, value, React's rows) and ours: the same rows modulo order, and
    /// ours in their order. An inert stream's or blob's items are known, so their rows all precede the root row that
    /// references them.
    /// </summary>
    public static TheoryData<string, JsValue, string, string> OutlinedVectors() => new()
    {
        {
            "prod 14-iterator-and-async-iterable",
            new JsObject([
                new("it", new JsIterator([new JsNumber(1), new JsNumber(2)])),
                new("stream", new JsStream(JsStreamKind.AsyncIterator, [new JsString("a"), new JsString("b")], null)),
            ]),
            "1:[1,2]\n2:x\n0:{\"it\":\"$i1\",\"stream\":\"$2\"}\n2:T1,a2:T1,b2:C\n",
            "1:[1,2]\n2:x\n2:T1,a2:T1,b2:C\n0:{\"it\":\"$i1\",\"stream\":\"$2\"}\n"
        },
        {
            "prod 15-readable-stream",
            new JsObject([
                new("rs", new JsStream(JsStreamKind.ReadableStream, [new JsString("chunk1"), new JsObject([new("n", new JsNumber(2))])], null)),
            ]),
            "1:R\n0:{\"rs\":\"$1\"}\n1:T6,chunk11:{\"n\":2}\n1:C\n",
            "1:R\n1:T6,chunk11:{\"n\":2}\n1:C\n0:{\"rs\":\"$1\"}\n"
        },
        {
            "prod 16-formdata-blob",
            new JsObject([
                new("fd", new JsFormData([new("k", new JsString("v"))])),
                new("blob", new JsBlob("hi"u8.ToArray(), "text/plain")),
            ]),
            "1:[[\"k\",\"v\"]]\n0:{\"fd\":\"$K1\",\"blob\":\"$B2\"}\n3:o2,hi2:[\"text/plain\",\"$3\"]\n",
            "1:[[\"k\",\"v\"]]\n3:o2,hi2:[\"text/plain\",\"$3\"]\n0:{\"fd\":\"$K1\",\"blob\":\"$B2\"}\n"
        },
    };

    [Theory]
    [MemberData(nameof(OutlinedVectors))]
    public async Task Streams_iterators_FormData_and_blobs_match_React_modulo_row_order(string vector, JsValue value, string react, string expected)
    {
        byte[] ours = await WriteBytesAsync(value);
        Assert.True(SortedRows(Encoding.UTF8.GetBytes(react)).SequenceEqual(SortedRows(ours)), $"{vector}: {Encoding.UTF8.GetString(ours)}");
        Assert.Equal(expected, Encoding.UTF8.GetString(ours));
    }

    [Fact]
    public async Task Byte_stream_items_are_b_rows_and_iterable_return_values_are_outlined()
    {
        var value = new JsArray([
            new JsStream(JsStreamKind.ByteStream, [new JsTypedArray(JsTypedArrayKind.Uint8Array, "hi"u8)], null),
            new JsStream(JsStreamKind.AsyncIterable, [new JsNumber(1)], new JsObject([new("done", JsBoolean.True)])),
        ]);
        Assert.Equal("1:r\n1:b2,hi1:C\n2:X\n2:1\n3:{\"done\":true}\n2:C\"$3\"\n0:[\"$1\",\"$2\"]\n", await WriteAsync(value));
    }

    [Fact]
    public async Task FormData_file_values_are_blob_references_and_empty_blobs_have_no_bytes_row()
    {
        var value = new JsFormData([
            new("$name", new JsString("$v")),
            new("file", new JsBlob(ReadOnlyMemory<byte>.Empty, "", "a.txt")),
        ]);
        Assert.Equal("2:[\"\"]\n1:[[\"$$name\",\"$$v\"],[\"file\",\"$B2\"]]\n0:\"$K1\"\n", await WriteAsync(value));
    }

    public static TheoryData<JsTypedArrayKind, char> Kinds() => new()
    {
        { JsTypedArrayKind.ArrayBuffer, 'A' },
        { JsTypedArrayKind.Int8Array, 'O' },
        { JsTypedArrayKind.Uint8Array, 'o' },
        { JsTypedArrayKind.Uint8ClampedArray, 'U' },
        { JsTypedArrayKind.Int16Array, 'S' },
        { JsTypedArrayKind.Uint16Array, 's' },
        { JsTypedArrayKind.Int32Array, 'L' },
        { JsTypedArrayKind.Uint32Array, 'l' },
        { JsTypedArrayKind.Float32Array, 'G' },
        { JsTypedArrayKind.Float64Array, 'g' },
        { JsTypedArrayKind.BigInt64Array, 'M' },
        { JsTypedArrayKind.BigUint64Array, 'm' },
        { JsTypedArrayKind.DataView, 'V' },
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Typed_arrays_are_binary_rows_with_their_tag(JsTypedArrayKind kind, char tag)
    {
        byte[] bytes = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 0x0a];
        byte[] payload = await WriteBytesAsync(new JsTypedArray(kind, bytes));
        byte[] expected = [.. "1:"u8, (byte)tag, .. "10,"u8, .. bytes, .. "0:\"$1\"\n"u8];
        Assert.Equal(expected, payload);
    }

    [Fact]
    public async Task Typed_arrays_match_React_modulo_row_order()
    {
        // prod 09-typed-arrays: 1:o3,\x01\x02\x03 2:g8,<1.5 as float64> 0:{"bytes":"$1","f64":"$2"}
        byte[] react = [.. "1:o3,"u8, 1, 2, 3, .. "2:g8,"u8, .. BitConverter.GetBytes(1.5), .. "0:{\"bytes\":\"$1\",\"f64\":\"$2\"}\n"u8];
        var value = new JsObject([
            new("bytes", new JsTypedArray(JsTypedArrayKind.Uint8Array, [1, 2, 3])),
            new("f64", new JsTypedArray(JsTypedArrayKind.Float64Array, BitConverter.GetBytes(1.5))),
        ]);
        Assert.Equal(SortedRows(react), SortedRows(await WriteBytesAsync(value)));
    }

    [Fact]
    public async Task Dotnet_bytes_are_Uint8Array_rows()
    {
        var value = new object?[] { new byte[] { 1 }, new ReadOnlyMemory<byte>([2]), new Memory<byte>([3]) };
        byte[] expected = [.. "1:o1,"u8, 1, .. "2:o1,"u8, 2, .. "3:o1,"u8, 3, .. "0:[\"$1\",\"$2\",\"$3\"]\n"u8];
        Assert.Equal(expected, await WriteBytesAsync(value));
    }

    [Fact]
    public async Task Dotnet_collections_become_arrays_objects_maps_and_sets()
    {
        var value = new Dictionary<string, object?>
        {
            ["list"] = new List<int> { 1, 2 },
            ["array"] = new[] { "a", "$b" },
            ["byName"] = new Dictionary<string, int> { ["x"] = 1 },
            ["byNumber"] = new Dictionary<int, string> { [7] = "seven" },
            ["set"] = new HashSet<string> { "s" },
            ["readOnlySet"] = new SortedSet<int> { 3 },
            ["sequence"] = Enumerable.Range(1, 2).Select(i => i * 10),
        };
        Assert.Equal(
            "1:[[7,\"seven\"]]\n2:[\"s\"]\n3:[3]\n" +
            "0:{\"list\":[1,2],\"array\":[\"a\",\"$$b\"],\"byName\":{\"x\":1},\"byNumber\":\"$Q1\",\"set\":\"$W2\",\"readOnlySet\":\"$W3\",\"sequence\":[10,20]}\n",
            await WriteAsync(value));
    }

    [Fact]
    public async Task JsonElement_is_written_with_dollar_escaping_and_T_rows()
    {
        using var doc = System.Text.Json.JsonDocument.Parse("{\"a\":[1,2.5,true,null],\"s\":\"$x\"}");
        Assert.Equal("0:{\"a\":[1,2.5,true,null],\"s\":\"$$x\"}\n", await WriteAsync(doc.RootElement));
    }
}
