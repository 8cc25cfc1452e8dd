using System.Text.Json.Nodes;
using UseServer.Conformance.Tests.Support;

namespace UseServer.Conformance.Tests.RoundTrip;

/// <summary>
/// Every curated case (the vectors' JS values, test/fixtures-js/lib/cases.mjs), encoded live by the
/// production and the development encodeReply, survives decode → Flight write → both React clients.
/// </summary>
public sealed class CaseRoundTripTests(RoundTripWorker worker) : IClassFixture<RoundTripWorker>
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (string build in new[] { "production", "development" })
        {
            foreach (string name in ReplyVectors.NamesWithBody("prod"))
            {
                data.Add(build, name);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Round_trips_through_the_real_React_clients(string build, string name)
    {
        string? failure = await worker.RunAsync(new JsonObject { ["case"] = name, ["build"] = build });
        Assert.True(failure is null, $"{name} (encoded by the {build} build): {failure}");
    }
}
