using System.Diagnostics;
using UseServer.EndToEnd.Tests.Hosting;

namespace UseServer.EndToEnd.Tests;

/// <summary>
/// The Notes sample as it is deployed: <c>dotnet publish -c Release</c> once, then <c>dotnet Notes.dll</c>
/// on a free loopback port, in Production, with its own SQLite file. Can be restarted on the same file.
/// </summary>
public sealed class NotesApp : IAsyncDisposable
{
    private readonly string _publishDir;
    private readonly string _databaseFile;
    private readonly string _environment;
    private AppProcess? _process;

    private NotesApp(string publishDir, string databaseFile, string environment)
    {
        _publishDir = publishDir;
        _databaseFile = databaseFile;
        _environment = environment;
        BaseUrl = new Uri($"http://127.0.0.1:{Processes.FreePort()}");
    }

    /// <summary>Where the app listens, e.g. <c>http://127.0.0.1:38211</c>.</summary>
    public Uri BaseUrl { get; }

    /// <summary>What the app printed so far (for failure messages).</summary>
    public string Log => _process?.Log ?? "";

    /// <summary>
    /// Publishes the sample into <paramref name="workDir"/> and starts it with a new database file: Release in
    /// Production by default; Debug in Development builds React's development bundles, as <c>dotnet run</c> does.
    /// </summary>
    public static async Task<NotesApp> PublishAndStartAsync(
        string workDir, CancellationToken cancellationToken, string configuration = "Release", string environment = "Production")
    {
        string root = Processes.RepositoryRoot();
        var project = Path.Combine(root, "samples", "Notes", "Notes.csproj");
        var publishDir = Path.Combine(workDir, "publish");
        await Processes.RunAsync("dotnet", ["publish", project, "-c", configuration, "-o", publishDir, "-nologo", "-v:q"], root, cancellationToken);
        var app = new NotesApp(publishDir, Path.Combine(workDir, "notes.db"), environment);
        await app.StartAsync(cancellationToken);
        return app;
    }

    /// <summary>Stops the process and starts a new one on the same port and database file.</summary>
    public async Task RestartAsync(CancellationToken cancellationToken)
    {
        await DisposeAsync();
        await StartAsync(cancellationToken);
    }

    private async Task StartAsync(CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = _publishDir };
        foreach (var arg in new[] { Path.Combine(_publishDir, "Notes.dll"), "--urls", BaseUrl.ToString().TrimEnd('/') })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = _environment;
        start.Environment["ConnectionStrings__Notes"] = $"Data Source={_databaseFile}";
        _process = AppProcess.Start("Notes", start);
        using var ready = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        ready.CancelAfter(TimeSpan.FromMinutes(2));
        await _process.WaitForPageAsync(BaseUrl, ready.Token);
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is { } process)
        {
            _process = null;
            await process.DisposeAsync();
        }
    }
}
