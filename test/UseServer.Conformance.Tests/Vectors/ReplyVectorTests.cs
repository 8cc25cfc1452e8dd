using UseServer.Conformance.Tests.Support;
using UseServer.Flight.Reply;

namespace UseServer.Conformance.Tests.Vectors;

/// <summary>
/// Every body React's real encodeReply produced (dev and prod builds; committed fixtures, including every
/// vector of the design's conformance/reply-vectors*.json) decodes to exactly the expected value.
/// </summary>
public sealed class ReplyVectorTests
{
    public static TheoryData<string, string> Vectors()
    {
        var data = new TheoryData<string, string>();
        foreach (string build in new[] { "dev", "prod" })
        {
            foreach (string name in ReplyVectors.NamesWithBody(build))
            {
                data.Add(build, name);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Vectors))]
    public void Decodes_to_the_expected_value(string build, string name)
    {
        var vector = ReplyVectors.Get(build, name);
        var body = vector.GetProperty("body");
        var decoded = ReplyDecoder.Decode(ReplyBodies.ToPayload(body), ReplyLimits.Default);
        string? mismatch = ExpectedValue.Mismatch(vector.GetProperty("expected"), decoded);
        Assert.True(mismatch is null, $"{name} ({build}): {mismatch}\nbody: {ReplyBodies.Show(body)}\nexpected: {vector.GetProperty("expected").GetRawText()}");
    }

    [Fact]
    public void The_fixtures_cover_the_values_encodeReply_refuses()
    {
        // encodeReply throws for these, so no server ever sees them; they stay in the fixtures as facts.
        Assert.Equal(
            ["error-function", "error-symbol", "error-element", "error-class-instance", "error-null-proto"],
            ReplyVectors.RefusedNames("prod"));
    }
}
