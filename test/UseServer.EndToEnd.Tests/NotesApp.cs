using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

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
    private readonly StringBuilder _log = new();
    private Process? _process;

    private NotesApp(string publishDir, string databaseFile, int port, string environment)
    {
        _publishDir = publishDir;
        _databaseFile = databaseFile;
        _environment = environment;
        BaseUrl = new Uri($"http://127.0.0.1:{port}");
    }

    /// <summary>Where the app listens, e.g. <c>http://127.0.0.1:38211</c>.</summary>
    public Uri BaseUrl { get; }

    /// <summary>What the app printed so far (for failure messages).</summary>
    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    /// <summary>
    /// Publishes the sample into <paramref name="workDir"/> and starts it with a new database file: Release in
    /// Production by default; Debug in Development builds React's development bundles, as <c>dotnet run</c> does.
    /// </summary>
    public static async Task<NotesApp> PublishAndStartAsync(
        string workDir, CancellationToken cancellationToken, string configuration = "Release", string environment = "Production")
    {
        var project = Path.Combine(RepositoryRoot(), "samples", "Notes", "Notes.csproj");
        var publishDir = Path.Combine(workDir, "publish");
        await RunToEndAsync("dotnet", ["publish", project, "-c", configuration, "-o", publishDir, "-nologo", "-v:q"], cancellationToken);
        var app = new NotesApp(publishDir, Path.Combine(workDir, "notes.db"), FreePort(), environment);
        await app.StartAsync(cancellationToken);
        return app;
    }

    /// <summary>Stops the process and starts a new one on the same port and database file.</summary>
    public async Task RestartAsync(CancellationToken cancellationToken)
    {
        await StopAsync();
        await StartAsync(cancellationToken);
    }

    private async Task StartAsync(CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = _publishDir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { Path.Combine(_publishDir, "Notes.dll"), "--urls", BaseUrl.ToString().TrimEnd('/') })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = _environment;
        start.Environment["ConnectionStrings__Notes"] = $"Data Source={_databaseFile}";
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;
        await WaitUntilReadyAsync(process, cancellationToken);
    }

    private async Task WaitUntilReadyAsync(Process process, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        for (var attempt = 0; attempt < 600; attempt++)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"Notes exited with code {process.ExitCode} before it was ready.\n{Log}");
            }

            try
            {
                using var response = await http.GetAsync(BaseUrl, cancellationToken);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(100, cancellationToken);
        }

        throw new InvalidOperationException($"Notes did not answer GET / in time.\n{Log}");
    }

    private async Task StopAsync()
    {
        if (_process is not { } process)
        {
            return;
        }

        _process = null;
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        await process.WaitForExitAsync();
        process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_log)
        {
            _log.AppendLine(line);
        }
    }

    public ValueTask DisposeAsync() => new(StopAsync());

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    internal static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "UseServer.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("UseServer.slnx not found above " + AppContext.BaseDirectory);
    }

    private static async Task RunToEndAsync(string fileName, string[] args, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(fileName) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD"] = "1";
        using var process = Process.Start(start) ?? throw new InvalidOperationException(fileName + " did not start.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{fileName} {string.Join(' ', args)} failed ({process.ExitCode}):\n{await output}\n{await error}");
        }
    }
}
