using System.Text;
using UseServer.Flight.Reply;
using UseServer.Flight.Values;

namespace UseServer.Flight.Tests.Reply;

/// <summary>
/// Path references into a part still being revived, to a slot written later in it (encodeReply produces them
/// when an outlined value — promise, Map, Set — holds a later occurrence of an object). Found by the contract
/// check's random values (seed 3, value 34).
/// </summary>
public class ReplyPendingReferenceTests
{
    private static JsValue Decode(params (string Name, string Text)[] parts)
    {
        var builder = new ReplyPayload.Builder(new ReplyLimits());
        foreach (var (name, text) in parts)
        {
            builder.AddField(name, Encoding.UTF8.GetBytes(text));
        }

        return ReplyDecoder.Decode(builder.Build(), new ReplyLimits());
    }

    [Fact]
    public void A_promise_part_may_name_a_slot_later_in_the_root()
    {
        var root = (JsArray)Decode(("0", "[\"$@1\",{\"v\":1}]"), ("1", "\"$0:1\""));
        var promise = (JsPromise)root[0];
        Assert.Same(root[1], promise.Value);
    }

    [Fact]
    public void A_map_part_may_name_a_slot_later_in_the_root_as_key_and_value()
    {
        var root = (JsArray)Decode(("0", "[[\"$Q1\"],{\"k\":1},[2]]"), ("1", "[[\"$0:1\",\"$0:2\"]]"));
        var map = (JsMap)((JsArray)root[0])[0];
        Assert.Same(root[1], map[0].Key);
        Assert.Same(root[2], map[0].Value);
    }

    [Fact]
    public void Chains_of_pending_references_resolve()
    {
        var root = (JsArray)Decode(("0", "[\"$@1\",\"$@2\",\"end\"]"), ("1", "\"$0:1\""), ("2", "\"$0:2\""));
        Assert.Equal("end", ((JsString)((JsPromise)((JsPromise)root[0]).Value).Value).Value);
    }

    [Theory]
    [InlineData("\"$0:5\"")]
    [InlineData("\"$0:1:__proto__\"")]
    [InlineData("\"$0:1:x\"")]
    public void A_pending_reference_that_never_names_a_value_is_refused(string part) =>
        Assert.Equal(ReplyErrorCode.InvalidReference,
            Assert.Throws<ReplyDecodeException>(() => Decode(("0", "[\"$@1\",{\"v\":1}]"), ("1", part))).Code);
}
