using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace UseServer.Conformance.Tests.RoundTrip;

/// <summary>
/// Property test of the whole round trip: random JS values from a fixed seed (test/fixtures-js/lib/random.mjs),
/// alternately encoded by the production and the development encodeReply. Another seed or count:
/// CONFORMANCE_SEED / CONFORMANCE_COUNT. A failure names the seed and index, so it replays exactly.
/// </summary>
public sealed class RandomRoundTripTests(RoundTripWorker worker) : IClassFixture<RoundTripWorker>
{
    private const int DefaultSeed = 20261123;
    private const int DefaultCount = 300;
    private const int MaxFailures = 10;

    [Fact]
    public async Task Random_values_round_trip_through_the_real_React_clients()
    {
        int seed = ReadEnv("CONFORMANCE_SEED", DefaultSeed);
        int count = ReadEnv("CONFORMANCE_COUNT", DefaultCount);
        var failures = new StringBuilder();
        int failed = 0;
        int tried = 0;
        for (int index = 0; index < count && failed < MaxFailures; index++, tried++)
        {
            string build = index % 2 == 0 ? "production" : "development";
            string? failure = await worker.RunAsync(new JsonObject { ["seed"] = seed, ["index"] = index, ["build"] = build });
            if (failure is not null)
            {
                failed++;
                failures.AppendLine(CultureInfo.InvariantCulture, $"seed {seed} index {index} ({build}): {failure}\n");
            }
        }

        Assert.True(failed == 0, $"{failed} of the {tried} random values tried failed (it stops after {MaxFailures}):\n{failures}");
    }

    private static int ReadEnv(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out int v) ? v : fallback;
}
