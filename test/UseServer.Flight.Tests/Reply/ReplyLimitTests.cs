using System.Text;
using UseServer.Flight.Reply;
using UseServer.Flight.Values;
using static UseServer.Flight.Tests.Reply.ReplyTestPayloads;

namespace UseServer.Flight.Tests.Reply;

/// <summary>One test per <see cref="ReplyLimits"/> member the decoder enforces: at the limit it decodes, past it it fails.</summary>
public class ReplyLimitTests
{
    [Theory]
    [InlineData("[", "]")]
    [InlineData("{\"a\":", "}")]
    public void Hundred_thousand_deep_nesting_fails_without_overflowing_the_stack(string open, string close)
    {
        string json = new StringBuilder().Insert(0, open, 100_000).Append('1').Insert(0, "", 0).ToString() + new StringBuilder().Insert(0, close, 100_000);
        var e = Fails(json, ReplyErrorCode.LimitExceeded);
        Assert.Contains("MaxDepth", e.Message);
    }

    [Fact]
    public void Max_depth()
    {
        var limits = new ReplyLimits { MaxDepth = 3 };
        Decode("[[[1]]]", limits);
        Fails("[[[[1]]]]", ReplyErrorCode.LimitExceeded, limits);
    }

    [Fact]
    public void Max_depth_inside_a_dropped_proto_value_still_fails() =>
        Fails("{\"__proto__\":" + new string('[', 10_000) + new string(']', 10_000) + "}", ReplyErrorCode.Malformed);

    [Fact]
    public void Max_references()
    {
        var limits = new ReplyLimits { MaxReferences = 3 };
        Decode("""[{"a":1},"$0:0","$0:0","$0:0"]""", limits);
        Fails("""[{"a":1},"$0:0","$0:0","$0:0","$0:0"]""", ReplyErrorCode.LimitExceeded, limits);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Max_reference_chain_depth(bool promises)
    {
        var limits = new ReplyLimits { MaxReferenceChainDepth = 10 };
        Decode(Chain(9, promises), limits);
        Fails(Chain(10, promises), ReplyErrorCode.LimitExceeded, limits);
    }

    [Fact]
    public void Long_chains_fail_at_the_default_limit() => Fails(Chain(20_000, promises: false), ReplyErrorCode.LimitExceeded);

    [Fact]
    public void Max_expansion_counts_values_once_where_they_are_written()
    {
        // Text in the body counts as one value each: the body size already bounds its length.
        var limits = new ReplyLimits { MaxExpansion = 3 };
        Decode("""["aaaaaaaaaaaa","bbbbbbbbbbbbb"]""", limits); // array 1 + 1 + 1
        Fails("""["a","b","c"]""", ReplyErrorCode.LimitExceeded, limits);
    }

    [Fact]
    public void Max_expansion_counts_a_part_again_each_time_it_is_referenced()
    {
        var limits = new ReplyLimits { MaxExpansion = 100 };
        string part = "\"" + new string('y', 20) + "\"";
        Decode(Parts(("1", part), ("0", "[\"$1\",\"$1\",\"$1\"]")), limits);
        // The first use parses the part (1); every further use counts its 21 units again: 1 + 1 + 6 × 21 > 100.
        Fails(Parts(("1", part), ("0", "[\"$1\",\"$1\",\"$1\",\"$1\",\"$1\",\"$1\",\"$1\"]")), ReplyErrorCode.LimitExceeded, limits);
    }

    [Fact]
    public void Billion_laughs_fails_on_expansion()
    {
        var parts = new List<(string, object)> { ("0", "[\"$1\"]") };
        for (int k = 1; k <= 9; k++)
        {
            parts.Add((k.ToString(), "[" + string.Join(',', Enumerable.Repeat($"\"${k + 1:x}\"", 10)) + "]"));
        }

        parts.Add(("10", "[0]"));
        // The clock is not what this test is about: on a loaded 2-core machine the default 1 s budget can
        // run out first (also a 400, as Timeout), so give it room and assert the expansion limit.
        var e = Fails(Parts([.. parts]), ReplyErrorCode.LimitExceeded, new ReplyLimits { MaxDecodeTime = TimeSpan.FromMinutes(1) });
        Assert.Contains("MaxExpansion", e.Message);
    }

    [Fact]
    public void Cyclic_data_referenced_again_counts_the_cycle_once()
    {
        var root = Assert.IsType<JsArray>(Decode("""[{"name":"o","self":"$0:0"},"$0:0","$0:0"]""", new ReplyLimits { MaxExpansion = 40 }));
        Assert.Same(root[0], root[1]);
    }

    [Fact]
    public void Max_big_int_digits()
    {
        var limits = new ReplyLimits { MaxBigIntDigits = 5 };
        Decode("\"$n-99999\"", limits);
        Fails("\"$n999999\"", ReplyErrorCode.LimitExceeded, limits);
    }

    [Fact]
    public void Max_bound_arguments()
    {
        var limits = new ReplyLimits { MaxBoundArguments = 2 };
        ReplyPayload Bound(string args) => Parts(("1", "{\"id\":\"a#b\",\"bound\":\"$@2\"}"), ("2", args), ("0", "[\"$h1\"]"));
        Decode(Bound("[1,2]"), limits);
        Fails(Bound("[1,2,3]"), ReplyErrorCode.InvalidServerReference, limits);
    }

    [Fact]
    public void Max_string_length_applies_to_values_keys_tags_and_form_values()
    {
        var limits = new ReplyLimits { MaxStringLength = 5 };
        Decode("""{"abcde":"12345","k":"$$123"}""", limits); // a tag counts as written on the wire
        Fails("\"123456\"", ReplyErrorCode.LimitExceeded, limits);
        Fails("{\"abcdef\":1}", ReplyErrorCode.LimitExceeded, new ReplyLimits { MaxStringLength = 5 });
        Fails("{\"" + new string('k', 100) + "\":1}", ReplyErrorCode.LimitExceeded, limits);
        Fails("\"$$12345\"", ReplyErrorCode.LimitExceeded, limits);
        Fails(Parts(("_1_a", "123456"), ("0", "\"$K1\"")), ReplyErrorCode.LimitExceeded, limits);
    }

    [Fact]
    public void Max_stream_items()
    {
        var limits = new ReplyLimits { MaxStreamItems = 2 };
        Decode(Parts(("0", "\"$R1\""), ("S1", "1"), ("S1", "2"), ("S1", "C")), limits);
        Fails(Parts(("0", "\"$R1\""), ("S1", "1"), ("S1", "2"), ("S1", "3"), ("S1", "C")), ReplyErrorCode.LimitExceeded, limits);
    }

    [Fact]
    public void Max_decode_time()
    {
        var json = "[" + string.Join(',', Enumerable.Repeat("1", 10_000)) + "]";
        Decode(json);
        var e = Fails(json, ReplyErrorCode.Timeout, new ReplyLimits { MaxDecodeTime = TimeSpan.Zero });
        Assert.Contains("MaxDecodeTime", e.Message);
    }

    [Fact]
    public void Cancellation_stops_decoding_as_a_timeout()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        var json = "[" + string.Join(',', Enumerable.Repeat("1", 10_000)) + "]";
        var e = Assert.Throws<ReplyDecodeException>(() => ReplyDecoder.Decode(Text(json), new ReplyLimits(), "", cts.Token));
        Assert.Equal(ReplyErrorCode.Timeout, e.Code);
        Assert.IsType<OperationCanceledException>(e.InnerException);
    }

    [Fact]
    public void Large_payload_allocates_in_proportion_to_its_size()
    {
        var items = Enumerable.Range(0, 20_000).Select(i => $"{{\"id\":{i},\"name\":\"item {i}\",\"tags\":[\"a\",\"b\"],\"ok\":true}}");
        var payload = Text("[" + string.Join(',', items) + "]");
        long size = payload.Entries[0].Data.Length;
        ReplyDecoder.Decode(payload, new ReplyLimits()); // warm up
        long before = GC.GetAllocatedBytesForCurrentThread();
        var root = Assert.IsType<JsArray>(ReplyDecoder.Decode(payload, new ReplyLimits()));
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(20_000, root.Count);
        Assert.True(allocated < 12 * size, $"allocated {allocated} bytes for a {size}-byte body");
    }

    [Fact]
    public void A_text_body_is_one_part_under_the_configured_limits_not_the_defaults()
    {
        const int length = 1536 * 1024; // above every 1 MiB default
        byte[] body = Encoding.UTF8.GetBytes("[\"" + new string('x', length) + "\"]");
        var raised = new ReplyLimits { MaxBodySize = 4 * 1024 * 1024, MaxPartSize = 4 * 1024 * 1024, MaxStringLength = 4 * 1024 * 1024 };

        var root = Assert.IsType<JsArray>(ReplyDecoder.Decode(ReplyPayload.FromText(body, raised), raised));
        var e = Assert.Throws<ReplyDecodeException>(() => ReplyPayload.FromText(body, new ReplyLimits()));

        Assert.Equal(length, Assert.IsType<JsString>(root[0]).Value.Length);
        Assert.Equal(ReplyErrorCode.LimitExceeded, e.Code);
    }

    private static ReplyPayload Chain(int length, bool promises)
    {
        var parts = new List<(string, object)>();
        for (int i = 0; i < length; i++)
        {
            parts.Add((i.ToString(), promises ? $"\"$@{i + 1:x}\"" : $"[\"${i + 1:x}\"]"));
        }

        parts.Add((length.ToString(), "0"));
        return Parts([.. parts]);
    }
}
