namespace UseServer.Conformance.Tests.Support;

/// <summary>Finds <c>test/fixtures-js</c> (the pinned React packages and the Node scripts) from the test's output folder.</summary>
internal static class FixturesJs
{
    private static readonly Lazy<string> Root = new(Locate);

    /// <summary>The absolute path of <c>test/fixtures-js</c>, with its <c>node_modules</c> installed.</summary>
    public static string Directory => Root.Value;

    private static string Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "test", "fixtures-js");
            if (File.Exists(Path.Combine(candidate, "package.json")))
            {
                if (!System.IO.Directory.Exists(Path.Combine(candidate, "node_modules", "react-server-dom-webpack")))
                {
                    throw new InvalidOperationException(
                        $"{candidate}/node_modules is missing: run `npm ci` in test/fixtures-js (eng/test.sh and eng/run.sh do it) before running the conformance tests.");
                }

                return candidate;
            }
        }

        throw new InvalidOperationException($"test/fixtures-js was not found above {AppContext.BaseDirectory}.");
    }
}
