using UseServer.EndToEnd.Tests.Hosting;

namespace UseServer.EndToEnd.Tests.ScaleOut;

/// <summary>
/// The Notes sample published (Release) once per test run and build, each into its own folder, with the probe page
/// (<see cref="ProbePage"/>) added to its <c>wwwroot/probe/</c>: build 1 is the sample as it is; build 2 is published
/// with <c>-p:NotesDiagnosticsVersion=2</c>, where one diagnostics function has another signature (the version-skew
/// test). Publishes run one at a time (they share the sample's obj/ and ClientApp/ folders), and the folders are
/// deleted when the test process exits.
/// </summary>
public static class PublishedNotes
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static readonly Dictionary<int, string> Folders = [];
    private static readonly TempDirectory Root = CreateRoot();

    /// <summary>The folder holding build <paramref name="version"/> (1 or 2) of the published sample.</summary>
    public static async Task<string> GetAsync(int version, CancellationToken cancellationToken)
    {
        await Gate.WaitAsync(cancellationToken);
        try
        {
            if (Folders.TryGetValue(version, out string? folder))
            {
                return folder;
            }

            folder = Path.Combine(Root.Path, "v" + version);
            string root = Processes.RepositoryRoot();
            string project = Path.Combine(root, "samples", "Notes", "Notes.csproj");
            string[] args = ["publish", project, "-c", "Release", "-o", folder, "-nologo", "-v:q"];
            await Processes.RunAsync("dotnet", version == 1 ? args : [.. args, "-p:NotesDiagnosticsVersion=" + version], root, cancellationToken);
            // Right after the publish: the sample's generated stubs are this build's.
            await ProbePage.WriteAsync(Path.Combine(folder, "wwwroot", "probe"), cancellationToken);
            Folders[version] = folder;
            return folder;
        }
        finally
        {
            Gate.Release();
        }
    }

    private static TempDirectory CreateRoot()
    {
        var root = new TempDirectory("notes-scale-");
        AppDomain.CurrentDomain.ProcessExit += (_, _) => root.Dispose();
        return root;
    }
}
