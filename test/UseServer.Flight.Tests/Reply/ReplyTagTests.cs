using System.Numerics;
using UseServer.Flight.Reply;
using UseServer.Flight.Values;
using static UseServer.Flight.Tests.Reply.ReplyTestPayloads;

namespace UseServer.Flight.Tests.Reply;

/// <summary>One test per reply tag (docs/protocol.md, reply tags).</summary>
public class ReplyTagTests
{
    [Fact]
    public void Plain_json_values_decode()
    {
        var root = Assert.IsType<JsArray>(Decode("""["a",1.5,true,false,null,1e+21,-0.5,"@x",{"k":[]}]"""));
        Assert.Equal("a", Assert.IsType<JsString>(root[0]).Value);
        Assert.Equal(1.5, Assert.IsType<JsNumber>(root[1]).Value);
        Assert.Same(JsBoolean.True, root[2]);
        Assert.Same(JsBoolean.False, root[3]);
        Assert.Same(JsValue.Null, root[4]);
        Assert.Equal(1e21, Assert.IsType<JsNumber>(root[5]).Value);
        Assert.Equal(-0.5, Assert.IsType<JsNumber>(root[6]).Value);
        Assert.Equal("@x", ((JsString)root[7]).Value);
        Assert.Empty(Assert.IsType<JsArray>(Assert.IsType<JsObject>(root[8])[0].Value));
    }

    [Theory]
    [InlineData("\"$$hello\"", "$hello")]
    [InlineData("\"$$\"", "$")]
    [InlineData("\"$$$x\"", "$$x")]
    [InlineData("\"\\u0024\\u0024x\"", "$x")]
    public void Dollar_escape_strips_one_dollar(string json, string expected) =>
        Assert.Equal(expected, Assert.IsType<JsString>(Decode(json)).Value);

    [Fact]
    public void Undefined_deletes_an_object_property_and_fills_an_array_slot()
    {
        var root = Assert.IsType<JsArray>(Decode("""[{"a":"$undefined","b":1},"$undefined"]"""));
        var obj = Assert.IsType<JsObject>(root[0]);
        Assert.False(obj.ContainsKey("a"));
        Assert.Single(obj);
        Assert.Same(JsValue.Undefined, root[1]);
    }

    [Fact]
    public void Newer_clients_H_decodes_as_undefined_wherever_undefined_may_stand()
    {
        var root = Assert.IsType<JsArray>(Decode("""[{"a":"$H","b":1},"$H",["$H"]]"""));

        var obj = Assert.IsType<JsObject>(root[0]);
        Assert.False(obj.ContainsKey("a"));
        Assert.Single(obj);
        Assert.Same(JsValue.Undefined, root[1]);
        Assert.Same(JsValue.Undefined, Assert.IsType<JsArray>(root[2])[0]);
        Assert.Same(JsValue.Undefined, Decode("\"$H\""));
    }

    [Theory]
    [InlineData("$NaN", double.NaN)]
    [InlineData("$Infinity", double.PositiveInfinity)]
    [InlineData("$-Infinity", double.NegativeInfinity)]
    public void Special_numbers_decode(string tag, double expected) =>
        Assert.Equal(expected, Assert.IsType<JsNumber>(Decode($"\"{tag}\"")).Value);

    [Fact]
    public void Negative_zero_keeps_its_sign() =>
        Assert.True(double.IsNegative(Assert.IsType<JsNumber>(Decode("\"$-0\"")).Value));

    [Fact]
    public void Date_decodes_from_toISOString_text() =>
        Assert.Equal(1577934245006d, Assert.IsType<JsDate>(Decode("\"$D2020-01-02T03:04:05.006Z\"")).Time);

    [Theory]
    [InlineData("$n0", "0")]
    [InlineData("$n-5", "-5")]
    [InlineData("$n123456789012345678901234567890", "123456789012345678901234567890")]
    public void BigInt_decodes(string tag, string expected) =>
        Assert.Equal(BigInteger.Parse(expected), Assert.IsType<JsBigInt>(Decode($"\"{tag}\"")).Value);

    [Fact]
    public void Path_reference_returns_the_same_instance()
    {
        var root = Assert.IsType<JsArray>(Decode("""[{"a":{"x":1},"b":"$0:0:a"},"$0:0:a:x"]"""));
        var obj = (JsObject)root[0];
        Assert.True(obj.TryGetValue("a", out var a));
        Assert.True(obj.TryGetValue("b", out var b));
        Assert.Same(a, b);
        Assert.Equal(1, ((JsNumber)root[1]).Value);
    }

    [Fact]
    public void Cycle_decodes_to_a_cyclic_graph()
    {
        var root = Assert.IsType<JsObject>(Decode("""{"me":"$0","list":[{"self":"$0:list:0"}]}"""));
        Assert.True(root.TryGetValue("me", out var me));
        Assert.Same(root, me);
        root.TryGetValue("list", out var list);
        var item = (JsObject)((JsArray)list!)[0];
        item.TryGetValue("self", out var self);
        Assert.Same(item, self);
    }

    [Fact]
    public void Outlined_part_referenced_twice_is_one_instance()
    {
        var root = Assert.IsType<JsArray>(Decode(Parts(("1", """{"v":1}"""), ("0", """["$1","$1","$a"]"""), ("10", "\"ten\""))));
        Assert.Same(root[0], root[1]);
        Assert.Equal("ten", ((JsString)root[2]).Value);
    }

    [Fact]
    public void Promise_is_an_inert_resolved_holder()
    {
        var root = Assert.IsType<JsArray>(Decode(Parts(("0", """["$@1","$@1"]"""), ("1", """{"v":1}"""))));
        var promise = Assert.IsType<JsPromise>(root[0]);
        Assert.Same(promise, root[1]);
        Assert.IsType<JsObject>(promise.Value);
    }

    [Fact]
    public void Map_decodes_pairs_in_order()
    {
        var map = Assert.IsType<JsMap>(Assert.IsType<JsArray>(Decode(Parts(("1", """[["k",1],[2,{"v":"x"}]]"""), ("0", """["$Q1"]"""))))[0]);
        Assert.Equal(2, map.Count);
        Assert.Equal("k", ((JsString)map[0].Key).Value);
        Assert.IsType<JsObject>(map[1].Value);
    }

    [Fact]
    public void Set_decodes_items()
    {
        var set = Assert.IsType<JsSet>(Assert.IsType<JsArray>(Decode(Parts(("1", """[1,"two","$n3"]"""), ("0", """["$W1"]"""))))[0]);
        Assert.Equal(3, set.Count);
        Assert.IsType<JsBigInt>(set[2]);
    }

    [Fact]
    public void Iterator_decodes_items()
    {
        var iterator = Assert.IsType<JsIterator>(Assert.IsType<JsArray>(Decode(Parts(("1", "[1,2]"), ("0", """["$i1"]"""))))[0]);
        Assert.Equal(2, iterator.Items.Count);
    }

    [Fact]
    public void FormData_collects_decimal_entries_raw_in_arrival_order()
    {
        var payload = Parts(("_1_name", "Ada"), ("_2_x", "other"), ("_1_q", "$x"), ("_1_file", new TestFile("a.txt", "text/plain", [97])), ("_1_name", "Bob"), ("0", "\"$K1\""));
        var form = Assert.IsType<JsFormData>(Decode(payload));
        Assert.Equal(["name", "q", "file", "name"], form.Entries.Select(e => e.Key));
        Assert.Equal("$x", ((JsString)form.Entries[1].Value).Value);
        var file = Assert.IsType<JsBlob>(form.Entries[2].Value);
        Assert.Equal("a.txt", file.FileName);
        Assert.Equal("Bob", ((JsString)form.Entries[3].Value).Value);
    }

    [Fact]
    public void FormData_with_an_id_of_ten_or_more_is_read_by_its_decimal_name()
    {
        var form = Assert.IsType<JsFormData>(Decode(Parts(("_26_a", "1"), ("0", "\"$K1a\""))));
        Assert.Equal("1", form.GetString("a"));
    }

    [Fact]
    public void Blob_named_blob_is_a_plain_blob_and_a_file_keeps_its_name()
    {
        var root = Assert.IsType<JsArray>(Decode(Parts(
            ("1", new TestFile("blob", "text/plain", [104, 105])), ("2", new TestFile("a.txt", "text/plain", [97])), ("0", """["$B1","$B2","$B1"]"""))));
        var blob = Assert.IsType<JsBlob>(root[0]);
        Assert.Null(blob.FileName);
        Assert.Equal("text/plain", blob.ContentType);
        Assert.Equal(2, blob.Length);
        Assert.Equal("a.txt", Assert.IsType<JsBlob>(root[1]).FileName);
        Assert.Same(root[0], root[2]);
    }

    [Theory]
    [InlineData('A', JsTypedArrayKind.ArrayBuffer, 3)]
    [InlineData('O', JsTypedArrayKind.Int8Array, 3)]
    [InlineData('o', JsTypedArrayKind.Uint8Array, 3)]
    [InlineData('U', JsTypedArrayKind.Uint8ClampedArray, 3)]
    [InlineData('S', JsTypedArrayKind.Int16Array, 4)]
    [InlineData('s', JsTypedArrayKind.Uint16Array, 4)]
    [InlineData('L', JsTypedArrayKind.Int32Array, 8)]
    [InlineData('l', JsTypedArrayKind.Uint32Array, 8)]
    [InlineData('G', JsTypedArrayKind.Float32Array, 8)]
    [InlineData('g', JsTypedArrayKind.Float64Array, 16)]
    [InlineData('M', JsTypedArrayKind.BigInt64Array, 16)]
    [InlineData('m', JsTypedArrayKind.BigUint64Array, 16)]
    [InlineData('V', JsTypedArrayKind.DataView, 3)]
    public void Typed_array_tag_decodes_to_its_view(char tag, JsTypedArrayKind kind, int length)
    {
        var bytes = Enumerable.Range(1, length).Select(i => (byte)i).ToArray();
        var view = Assert.IsType<JsTypedArray>(Decode(Parts(("1", TestFile.Blob(bytes)), ("0", $"\"${tag}1\""))));
        Assert.Equal(kind, view.ArrayKind);
        Assert.Equal(bytes, view.Bytes.ToArray());
    }

    [Fact]
    public void Server_reference_is_an_inert_handle_with_sealed_bound_arguments()
    {
        var root = Assert.IsType<JsArray>(Decode(Parts(
            ("1", """{"id":"abc#a","bound":null}"""), ("2", """{"id":"abc#b","bound":"$@3"}"""), ("3", """["x","$n2"]"""), ("0", """["$h1","$h2","$h1"]"""))));
        var plain = Assert.IsType<JsServerReference>(root[0]);
        Assert.Equal("abc#a", plain.Id);
        Assert.Null(plain.Bound);
        var bound = Assert.IsType<JsServerReference>(root[1]);
        Assert.Equal(2, bound.Bound!.Count);
        Assert.Same(root[0], root[2]);
    }

    [Fact]
    public void Temporary_reference_carries_its_slot_path()
    {
        var root = Assert.IsType<JsArray>(Decode("""[{"el":"$T"},["$T"],"$T"]"""));
        Assert.Equal("0:0:el", Assert.IsType<JsTemporaryReference>(((JsObject)root[0])[0].Value).Path);
        Assert.Equal("0:1:0", Assert.IsType<JsTemporaryReference>(((JsArray)root[1])[0]).Path);
        Assert.Equal("0:2", Assert.IsType<JsTemporaryReference>(root[2]).Path);
    }

    [Theory]
    [InlineData('R', JsStreamKind.ReadableStream)]
    [InlineData('X', JsStreamKind.AsyncIterable)]
    [InlineData('x', JsStreamKind.AsyncIterator)]
    public void Stream_items_come_from_S_entries(char tag, JsStreamKind kind)
    {
        var stream = Assert.IsType<JsStream>(Decode(Parts(("0", $"\"${tag}1\""), ("S1", "\"a\""), ("S1", """{"b":2}"""), ("S1", "C"))));
        Assert.Equal(kind, stream.StreamKind);
        Assert.Equal(2, stream.Items.Count);
        Assert.Null(stream.ReturnValue);
    }

    [Fact]
    public void Async_iterator_return_value_comes_from_the_close_entry()
    {
        var stream = Assert.IsType<JsStream>(Decode(Parts(("0", "\"$x1\""), ("S1", "1"), ("S1", "C\"done\""))));
        Assert.Equal("done", ((JsString)stream.ReturnValue!).Value);
    }

    [Fact]
    public void Byte_stream_items_are_uint8_arrays()
    {
        var stream = Assert.IsType<JsStream>(Decode(Parts(("0", "\"$r1\""), ("2", TestFile.Blob(1, 2, 3)), ("S1", "\"$o2\""), ("S1", "C"))));
        Assert.Equal(JsStreamKind.ByteStream, stream.StreamKind);
        Assert.Equal([1, 2, 3], ((JsTypedArray)stream.Items[0]).Bytes.ToArray());
    }

    [Fact]
    public void Stream_without_close_entry_ends_with_the_body() =>
        Assert.Single(Assert.IsType<JsStream>(Decode(Parts(("0", "\"$R1\""), ("S1", "\"a\"")))).Items);

    [Fact]
    public void Proto_key_is_dropped_and_other_prototype_names_are_data()
    {
        var obj = Assert.IsType<JsObject>(Decode("""{"__proto__":{"polluted":1},"constructor":{"prototype":1},"then":2}"""));
        Assert.False(obj.ContainsKey("__proto__"));
        Assert.True(obj.ContainsKey("constructor"));
        Assert.True(obj.ContainsKey("then"));
    }

    [Fact]
    public void Prefix_selects_the_parts_of_one_action()
    {
        var payload = Parts(("$ACTION_1:1", "[1]"), ("$ACTION_1:0", "[\"$W1\"]"), ("0", "\"other\""));
        var set = Assert.IsType<JsSet>(((JsArray)ReplyDecoder.Decode(payload, new ReplyLimits(), "$ACTION_1:"))[0]);
        Assert.Single(set);
    }
}
