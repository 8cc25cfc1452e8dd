namespace UseServer.Generator.Tests.Infrastructure;

/// <summary>
/// Golden files under Baselines/. Run with UPDATE_BASELINES=1 to rewrite them from the current output;
/// that run fails on purpose so a regenerated baseline is never mistaken for a passing test.
/// </summary>
internal static class Baseline
{
    public static void Verify(string actual, string name)
    {
        var path = Path.Combine(TestPaths.ProjectDirectory, "Baselines", name);
        if (Environment.GetEnvironmentVariable("UPDATE_BASELINES") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
            Assert.Fail("UPDATE_BASELINES=1: rewrote " + path + "; review the diff and run again without it.");
        }

        Assert.True(File.Exists(path), "Missing baseline " + path + "; run the tests with UPDATE_BASELINES=1 to create it.");
        Assert.Equal(File.ReadAllText(path), actual);
    }
}
