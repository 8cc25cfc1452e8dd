using UseServer.Flight.Forms;
using UseServer.Flight.Reply;
using static UseServer.Flight.Tests.Reply.ReplyTestPayloads;

namespace UseServer.Flight.Tests.Forms;

/// <summary>Routing's step of a no-JS form post: the function its action fields name, nothing else read (issue 12).</summary>
public sealed class ActionFormIdentifyTests
{
    [Theory]
    [InlineData("$ACTION_ID_a", true)]
    [InlineData("$ACTION_REF_1", true)]
    [InlineData("$ACTION_1:0", true)]
    [InlineData("$ACTION_1:1", false)]   // bound arguments
    [InlineData("$ACTION_KEY", false)]
    [InlineData("name", false)]
    [InlineData("x:0", false)]
    public void Routing_reads_only_the_fields_that_name_the_function(string name, bool read) =>
        Assert.Equal(read, ActionFormDecoder.IdentifiesAction(name));

    [Fact]
    public void The_last_action_field_wins_and_bound_arguments_are_not_decoded()
    {
        ReplyPayload form = Parts(("$ACTION_ID_first", ""), ("$ACTION_REF_1", ""), ("$ACTION_1:0", "{\"id\":\"second\",\"bound\":\"$@1\"}"));

        Assert.Equal("second", ActionFormDecoder.Identify(form, new ReplyLimits())); // no $ACTION_1:1 part: never looked for
    }

    [Fact]
    public void A_dollar_escaped_id_is_unescaped_as_the_decoder_does()
    {
        ReplyPayload form = Parts(("$ACTION_REF_1", ""), ("$ACTION_1:0", "{\"bound\":null,\"id\":\"$$x\"}"), ("$ACTION_1:1", "[]"));

        Assert.Equal("$x", ActionFormDecoder.Identify(form, new ReplyLimits()));
        Assert.Equal("$x", ActionFormDecoder.Decode(form, new ReplyLimits())!.ActionId);
    }

    [Theory]
    [InlineData("[1]", ReplyErrorCode.InvalidServerReference)]
    [InlineData("{\"id\":1,\"bound\":null}", ReplyErrorCode.InvalidServerReference)]
    [InlineData("{\"id\":\"\",\"bound\":null}", ReplyErrorCode.InvalidServerReference)]
    [InlineData("{\"id\":\"$1\",\"bound\":null}", ReplyErrorCode.InvalidServerReference)]
    [InlineData("{\"id\":\"a\"}", ReplyErrorCode.InvalidServerReference)]
    [InlineData("{\"id\":\"a\",\"id\":\"b\",\"bound\":null}", ReplyErrorCode.Malformed)]
    [InlineData("{\"id\":\"a\",\"bound\":null}x", ReplyErrorCode.Malformed)]
    [InlineData("{\"id\":\"a\",\"bound\":[[[[", ReplyErrorCode.Malformed)]
    public void Metadata_routing_cannot_read_is_refused(string metadata, ReplyErrorCode code)
    {
        ReplyPayload form = Parts(("$ACTION_REF_1", ""), ("$ACTION_1:0", metadata));

        Assert.Equal(code, Assert.Throws<ReplyDecodeException>(() => ActionFormDecoder.Identify(form, new ReplyLimits())).Code);
    }

    [Fact]
    public void No_action_field_is_no_action_and_three_are_refused()
    {
        Assert.Null(ActionFormDecoder.Identify(Parts(("name", "x")), new ReplyLimits()));
        Assert.Throws<ReplyDecodeException>(() => ActionFormDecoder.Identify(Parts(("$ACTION_ID_a", ""), ("$ACTION_ID_b", ""), ("$ACTION_ID_c", "")), new ReplyLimits()));
    }
}
