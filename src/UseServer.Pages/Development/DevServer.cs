using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace UseServer.Pages.Development;

/// <summary>
/// Starts the client app's dev server with the app (Development only, <see cref="DevServerSettings.Active"/>) and
/// stops it, with its whole process tree, when the app stops. Its output goes to the log. Startup waits until the
/// dev server has written the manifest of this start (the plugin echoes the session it was given), so the first
/// request renders with a current server bundle; the client manifest check that runs next reads that manifest.
/// </summary>
/// <remarks>
/// Why a child process rather than asking developers to run two commands: <c>dotnet run</c> / <c>dotnet watch</c>
/// stays the one command, as with ASP.NET's SPA proxy. Should this process die without stopping (killed), the
/// plugin notices that its parent is gone (<c>USESERVER_DEV_PARENT_PID</c>) and exits on its own.
/// </remarks>
internal sealed partial class DevServer(DevServerSettings settings, ILogger<DevServer> logger) : IHostedService, IAsyncDisposable
{
    private static readonly TimeSpan s_pollInterval = TimeSpan.FromMilliseconds(100);

    private readonly string _session = Guid.NewGuid().ToString("N");
    private Process? _process;

    /// <summary>The dev server's origin once it is ready, e.g. <c>http://127.0.0.1:5173</c>.</summary>
    public string? Origin { get; private set; }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!settings.Active)
        {
            return;
        }

        DevServerOptions options = settings.Options;
        ProcessStartInfo start = StartInfo(options);
        Log.Starting(logger, options.Command + " " + options.Arguments, settings.ClientDirectory);
        Process process = Process.Start(start) ?? throw new InvalidOperationException($"'{options.Command}' did not start.");
        _process = process;
        process.OutputDataReceived += (_, e) =>
        {
            if (!string.IsNullOrWhiteSpace(e.Data))
            {
                Log.Output(logger, e.Data);
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (!string.IsNullOrWhiteSpace(e.Data))
            {
                Log.ErrorOutput(logger, e.Data);
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        try
        {
            Origin = await WaitForManifestAsync(process, options.StartTimeout, cancellationToken);
        }
        catch
        {
            await StopProcessAsync();
            throw;
        }

        Log.Ready(logger, Origin, settings.OutputDirectory);
    }

    public Task StopAsync(CancellationToken cancellationToken) => StopProcessAsync();

    public ValueTask DisposeAsync() => new(StopProcessAsync());

    private ProcessStartInfo StartInfo(DevServerOptions options)
    {
        // npm is a .cmd script on Windows, which only the shell runs.
        ProcessStartInfo start = OperatingSystem.IsWindows()
            ? new ProcessStartInfo("cmd.exe", "/d /c " + options.Command + " " + options.Arguments)
            : new ProcessStartInfo(options.Command, options.Arguments);
        start.WorkingDirectory = settings.ClientDirectory;
        start.UseShellExecute = false;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.RedirectStandardInput = true; // not the app's console: Vite's keyboard shortcuts stay off
        start.Environment["USESERVER_DEV_SESSION"] = _session;
        start.Environment["USESERVER_DEV_OUT"] = settings.OutputDirectory;
        start.Environment["USESERVER_DEV_PARENT_PID"] = Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (!start.Environment.ContainsKey("FORCE_COLOR"))
        {
            start.Environment["NO_COLOR"] = "1"; // plain log lines
        }

        return start;
    }

    /// <summary>Waits for the dev manifest of this session (written after its server bundle); returns the dev server's origin.</summary>
    private async Task<string> WaitForManifestAsync(Process process, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException(
                    $"The dev server ('{settings.Options.Command} {settings.Options.Arguments}' in {settings.ClientDirectory}) exited with code {process.ExitCode} before it was ready; its output is in the log (category {typeof(DevServer).FullName}). Set UseServer:DevServer:Enabled=false to serve the built client instead.");
            }

            if (ReadSession(settings.ManifestPath) is ({ } session, { } origin) && session == _session && File.Exists(settings.SsrBundlePath))
            {
                return origin;
            }

            await Task.Delay(s_pollInterval, cancellationToken);
        }

        throw new InvalidOperationException(
            $"The dev server did not write '{settings.ManifestPath}' within {timeout.TotalSeconds:0} s (PageOptions.DevServer.StartTimeout): does the client's Vite config use the @useserver/client/vite plugin?");
    }

    /// <summary>The <c>dev</c> marker of a manifest: its session and origin, or nothing (absent, a build's, being written).</summary>
    internal static (string? Session, string? Origin) ReadSession(string manifestPath)
    {
        try
        {
            using FileStream stream = new(manifestPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using JsonDocument document = JsonDocument.Parse(stream);
            return document.RootElement.TryGetProperty("dev", out JsonElement dev) && dev.ValueKind == JsonValueKind.Object
                ? (dev.TryGetProperty("session", out JsonElement s) ? s.GetString() : null, dev.TryGetProperty("origin", out JsonElement o) ? o.GetString() : null)
                : (null, null);
        }
        catch (Exception e) when (e is IOException or JsonException or UnauthorizedAccessException or InvalidOperationException)
        {
            return (null, null);
        }
    }

    private async Task StopProcessAsync()
    {
        if (Interlocked.Exchange(ref _process, null) is not { } process)
        {
            return;
        }

        using (process)
        {
            if (!process.HasExited)
            {
                Log.Stopping(logger, process.Id);
                try
                {
                    process.Kill(entireProcessTree: true); // npm → sh → node: all of it
                }
                catch (InvalidOperationException)
                {
                    // Exited meanwhile.
                }

                await process.WaitForExitAsync();
            }
        }
    }
}
