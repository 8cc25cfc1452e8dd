using System.Diagnostics;
using UseServer.Conformance.Tests.Support;

namespace UseServer.Conformance.Tests.Vectors;

/// <summary>The committed fixtures are exactly what React's encodeReply produces today (gen-vectors.mjs --check).</summary>
public sealed class FixtureFreshnessTests
{
    [Fact]
    public async Task Committed_fixtures_equal_a_fresh_regeneration()
    {
        var info = new ProcessStartInfo("node") { WorkingDirectory = FixturesJs.Directory, RedirectStandardError = true, RedirectStandardOutput = true };
        info.ArgumentList.Add("gen-vectors.mjs");
        info.ArgumentList.Add("--check");
        using var process = Process.Start(info)!;
        string stderr = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"gen-vectors.mjs --check failed (run `npm run gen` in test/fixtures-js and commit):\n{stderr}");
    }
}
