namespace UseServer.Generator.Tests.Infrastructure;

/// <summary>Source folders the tests read and write (baselines, the TypeScript workspace), found from the test binaries.</summary>
internal static class TestPaths
{
    /// <summary>test/UseServer.Generator.Tests, found by walking up from the output folder (robust to path-mapped builds).</summary>
    public static string ProjectDirectory { get; } = Find();

    public static string RepoRoot => Path.GetFullPath(Path.Combine(ProjectDirectory, "..", ".."));

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "UseServer.Generator.Tests.csproj")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("UseServer.Generator.Tests.csproj not found above " + AppContext.BaseDirectory);
    }
}
