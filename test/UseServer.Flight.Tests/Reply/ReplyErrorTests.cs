using System.Text;
using UseServer.Flight.Reply;
using static UseServer.Flight.Tests.Reply.ReplyTestPayloads;

namespace UseServer.Flight.Tests.Reply;

/// <summary>One test per way a body is refused, grouped by error code.</summary>
public class ReplyErrorTests
{
    [Fact]
    public void Missing_root_part_is_malformed() => Fails(Parts(("1", "1")), ReplyErrorCode.Malformed);

    [Fact]
    public void Root_part_that_is_a_file_is_malformed() => Fails(Parts(("0", TestFile.Blob(49))), ReplyErrorCode.Malformed);

    [Theory]
    [InlineData("")]
    [InlineData("[1,]")]
    [InlineData("{\"a\":1,}")]
    [InlineData("[NaN]")]
    [InlineData("[1] [2]")]
    [InlineData("{\"a\":1,\"a\":2}")]
    public void Malformed_json_is_refused(string json) => Fails(json, ReplyErrorCode.Malformed);

    [Theory]
    [InlineData("5b22c328225d")]
    [InlineData("5b22eda080225d")]
    [InlineData("5b22f09f98225d")]
    [InlineData("7b22c328223a317d")]
    public void Invalid_utf8_is_malformed(string hex) => Fails(Parts(("0", Convert.FromHexString(hex))), ReplyErrorCode.Malformed);

    [Fact]
    public void Invalid_utf8_in_a_form_value_is_malformed() =>
        Fails(Parts(("_1_a", Convert.FromHexString("c328")), ("0", "\"$K1\"")), ReplyErrorCode.Malformed);

    [Theory]
    [InlineData("$")]
    [InlineData("$Z")]
    [InlineData("$F1")]
    [InlineData("$E1")]
    [InlineData("$P1")]
    [InlineData("$Y1")]
    [InlineData("$w1")]
    [InlineData("$u")]
    [InlineData("$undefinedx")]
    [InlineData("$I")]
    [InlineData("$N")]
    [InlineData("$-1")]
    [InlineData("$-")]
    [InlineData("$Tx")]
    [InlineData("$Hx")]
    [InlineData("$H1")]
    [InlineData("$ 1")]
    [InlineData("$é")]
    public void Tags_React_does_not_send_are_unknown(string tag) => Fails($"[\"{tag}\"]", ReplyErrorCode.UnknownTag);

    [Theory]
    [InlineData("[\"$5\"]")]
    [InlineData("[\"$@5\"]")]
    [InlineData("[\"$zz\"]", ReplyErrorCode.UnknownTag)]
    [InlineData("[\"$ffffffff\"]")]
    [InlineData("[{\"a\":1},\"$0:0:b\"]")]
    [InlineData("[{\"a\":1},\"$0:0:__proto__\"]")]
    [InlineData("[{\"a\":1},\"$0:0:constructor\"]")]
    [InlineData("[[1],\"$0:0:length\"]")]
    [InlineData("[[1],\"$0:0:1\"]")]
    [InlineData("[[1],\"$0:0:00\"]")]
    [InlineData("[[1],\"$0:0:-1\"]")]
    [InlineData("[\"abc\",\"$0:0:length\"]")]
    [InlineData("[\"$D2020-01-02T03:04:05.006Z\",\"$0:0:getTime\"]")]
    [InlineData("\"$@0\"")]
    public void Bad_references_are_refused(string json, ReplyErrorCode code = ReplyErrorCode.InvalidReference) => Fails(json, code);

    [Fact]
    public void Walking_into_a_map_is_refused() =>
        Fails(Parts(("1", "[[\"k\",\"v\"]]"), ("2", "\"$Q1\""), ("0", "[\"$2:size\"]")), ReplyErrorCode.InvalidReference);

    [Fact]
    public void Walking_into_a_server_reference_is_refused() =>
        Fails(Parts(("1", "{\"id\":\"a#b\",\"bound\":null}"), ("2", "\"$h1\""), ("0", "[\"$2:id\"]")), ReplyErrorCode.InvalidReference);

    [Fact]
    public void A_model_reference_to_a_file_is_refused() =>
        Fails(Parts(("1", TestFile.Blob(1)), ("0", "[\"$1\"]")), ReplyErrorCode.InvalidReference);

    [Fact]
    public void Mutual_promises_are_refused() =>
        Fails(Parts(("0", "\"$@1\""), ("1", "\"$@0\"")), ReplyErrorCode.InvalidReference);

    [Fact]
    public void An_initializer_that_refers_to_itself_is_refused() =>
        Fails(Parts(("1", "[[\"a\",\"$Q1\"]]"), ("0", "[\"$Q1\"]")), ReplyErrorCode.InvalidInitializer);

    [Theory]
    [InlineData("{\"a\":1}", "$Q1")]
    [InlineData("{\"a\":1}", "$W1")]
    [InlineData("{\"a\":1}", "$i1")]
    [InlineData("[[1]]", "$Q1")]
    [InlineData("[[1,2,3]]", "$Q1")]
    [InlineData("[5]", "$Q1")]
    [InlineData("[[1,\"a\"],[1,\"b\"]]", "$Q1")]
    [InlineData("[\"$NaN\",\"$NaN\"]", "$W1")]
    [InlineData("[0,\"$-0\"]", "$W1")]
    public void Bad_collection_initializers_are_refused(string part, string tag) =>
        Fails(Parts(("1", part), ("0", $"[\"{tag}\"]")), ReplyErrorCode.InvalidInitializer);

    [Theory]
    [InlineData("$Q1", "$Q1")]
    [InlineData("$Q1", "$W1")]
    [InlineData("$W1", "$i1")]
    public void Collection_parts_are_single_use(string first, string second) =>
        Fails(Parts(("1", "[[1,2]]"), ("0", $"[\"{first}\",\"{second}\"]")), ReplyErrorCode.InvalidInitializer);

    [Fact]
    public void Typed_array_parts_are_single_use() =>
        Fails(Parts(("1", TestFile.Blob(1, 2)), ("0", "[\"$o1\",\"$A1\"]")), ReplyErrorCode.InvalidInitializer);

    [Fact]
    public void Typed_array_length_must_be_whole_elements() =>
        Fails(Parts(("1", TestFile.Blob(1, 2, 3)), ("0", "[\"$L1\"]")), ReplyErrorCode.InvalidInitializer);

    [Theory]
    [InlineData("$B1")]
    [InlineData("$o1")]
    public void Binary_tags_need_a_file_part(string tag) =>
        Fails(Parts(("1", "\"abc\""), ("0", $"[\"{tag}\"]")), ReplyErrorCode.InvalidInitializer);

    [Fact]
    public void Streams_are_single_use() =>
        Fails(Parts(("0", "[\"$R1\",\"$X1\"]"), ("S1", "C")), ReplyErrorCode.InvalidInitializer);

    [Fact]
    public void Byte_stream_items_must_be_uint8_arrays() =>
        Fails(Parts(("0", "\"$r1\""), ("S1", "\"x\""), ("S1", "C")), ReplyErrorCode.InvalidInitializer);

    [Fact]
    public void Stream_entries_after_close_are_refused() =>
        Fails(Parts(("0", "\"$R1\""), ("S1", "C"), ("S1", "1")), ReplyErrorCode.InvalidInitializer);

    [Fact]
    public void A_readable_stream_cannot_return_a_value() =>
        Fails(Parts(("0", "\"$R1\""), ("S1", "C1")), ReplyErrorCode.InvalidInitializer);

    [Theory]
    [InlineData("$Dnot-a-date")]
    [InlineData("$D2024-02-30T00:00:00.000Z")]
    [InlineData("$D2020-01-01T00:00:00Z")]
    [InlineData("$D")]
    [InlineData("$n")]
    [InlineData("$n-")]
    [InlineData("$n-0")]
    [InlineData("$n007")]
    [InlineData("$n+1")]
    [InlineData("$n1.5")]
    [InlineData("$n0x1F")]
    public void Bad_dates_and_bigints_are_invalid_values(string tag) => Fails($"\"{tag}\"", ReplyErrorCode.InvalidValue);

    [Theory]
    [InlineData("{\"id\":5,\"bound\":null}")]
    [InlineData("{\"id\":\"a#b\"}")]
    [InlineData("{\"bound\":null}")]
    [InlineData("{\"id\":\"a#b\",\"bound\":[1,2]}")]
    [InlineData("{\"id\":\"a#b\",\"bound\":\"$@2\"}")]
    [InlineData("\"x\"")]
    public void Malformed_server_references_are_refused(string metadata) =>
        Fails(Parts(("1", metadata), ("2", "{\"0\":\"a\",\"length\":1}"), ("0", "[\"$h1\"]")), ReplyErrorCode.InvalidServerReference);

    [Fact]
    public void A_server_reference_under_then_is_refused() =>
        Fails(Parts(("1", "{\"id\":\"a#b\",\"bound\":null}"), ("0", "{\"then\":\"$h1\"}")), ReplyErrorCode.InvalidServerReference);

    [Fact]
    public void The_error_names_the_failing_slot()
    {
        Assert.Equal("part 0 [1].title", Fails("[1,{\"a\":2,\"title\":\"$Z\"}]", ReplyErrorCode.UnknownTag).Path);
        Assert.Equal("part 1 [0]", Fails(Parts(("1", "[\"$n1x\"]"), ("0", "[\"$W1\"]")), ReplyErrorCode.InvalidValue).Path);
    }

    [Fact]
    public void Only_ReplyDecodeException_escapes_for_mutated_bodies()
    {
        var random = new Random(1234);
        string[] seeds =
        [
            """[{"a":{"x":1},"b":"$0:0:a"},"$Q1","$@2","$h3","$K4","$n12","$D2020-01-02T03:04:05.006Z","$T",["$undefined"]]""",
            """{"me":"$0","l":[1,2,3,"$$x","$-0"]}""",
        ];
        for (int round = 0; round < 3000; round++)
        {
            var bytes = Encoding.UTF8.GetBytes(seeds[round % seeds.Length]);
            for (int m = 0; m < 1 + random.Next(3); m++)
            {
                bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
            }

            var payload = Parts(("0", bytes), ("1", "[[1,2]]"), ("2", "{\"v\":1}"), ("3", "{\"id\":\"a#b\",\"bound\":null}"), ("_4_a", "x"));
            try
            {
                ReplyDecoder.Decode(payload, new ReplyLimits());
            }
            catch (ReplyDecodeException)
            {
            }
        }
    }
}
