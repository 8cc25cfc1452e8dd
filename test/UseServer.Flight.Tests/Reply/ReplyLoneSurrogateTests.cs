using System.Text;
using UseServer.Flight.Reply;
using UseServer.Flight.Values;

namespace UseServer.Flight.Tests.Reply;

/// <summary>JavaScript strings may hold unpaired surrogates; JSON.stringify escapes them and they must round-trip.</summary>
public class ReplyLoneSurrogateTests
{
    [Theory]
    // Expected values are code units: attribute strings cannot carry lone surrogates.
    [InlineData("[\"\\ud800\"]", new[] { 0xd800 })]
    [InlineData("[\"\\udc00x\"]", new[] { 0xdc00, 'x' })]
    [InlineData("[\"a\\udc00\\ud800b\"]", new[] { 'a', 0xdc00, 0xd800, 'b' })]
    [InlineData("[\"\\ud83d\\ude00\"]", new[] { 0xd83d, 0xde00 })]
    [InlineData("[\"$$\\ud800\"]", new[] { '$', 0xd800 })]
    public void Escaped_surrogates_are_kept_as_sent(string json, int[] units)
    {
        string expected = new(units.Select(u => (char)u).ToArray());
        var root = (JsArray)ReplyDecoder.Decode(ReplyPayload.FromText(Encoding.UTF8.GetBytes(json), new ReplyLimits()), new ReplyLimits());
        Assert.Equal(expected, ((JsString)root[0]).Value);
    }

    [Fact]
    public void A_lone_surrogate_key_is_kept()
    {
        var root = (JsObject)ReplyDecoder.Decode(ReplyPayload.FromText(Encoding.UTF8.GetBytes("{\"\\ud800\":1}"), new ReplyLimits()), new ReplyLimits());
        Assert.True(root.ContainsKey(((char)0xd800).ToString()));
    }

    [Theory]
    [InlineData("[\"\\ud8\"]")]
    [InlineData("[\"\\uzzzz\"]")]
    public void A_malformed_escape_is_refused(string json) =>
        Assert.Equal(ReplyErrorCode.Malformed,
            Assert.Throws<ReplyDecodeException>(() => ReplyDecoder.Decode(ReplyPayload.FromText(Encoding.UTF8.GetBytes(json), new ReplyLimits()), new ReplyLimits())).Code);
}
