using System.Diagnostics;
using System.Net;
using System.Text;

namespace UseServer.EndToEnd.Tests.Hosting;

/// <summary>
/// A server process under test (<c>dotnet App.dll</c>, <c>dotnet run</c>, <c>dotnet watch</c>): its output collected
/// for failure messages, readiness by polling a page, and a stop that ends its whole process tree (dotnet run → the
/// app → npm → Vite).
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly StringBuilder _log = new();
    private readonly string _name;
    private Process? _process;

    private AppProcess(string name) => _name = name;

    /// <summary>Everything the process printed so far.</summary>
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

    /// <summary>Starts <paramref name="start"/> with its output redirected into <see cref="Log"/>.</summary>
    public static AppProcess Start(string name, ProcessStartInfo start)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        start.Environment["PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD"] = "1";
        var app = new AppProcess(name);
        var process = Process.Start(start) ?? throw new InvalidOperationException(start.FileName + " did not start.");
        process.OutputDataReceived += (_, e) => app.Append(e.Data);
        process.ErrorDataReceived += (_, e) => app.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        app._process = process;
        return app;
    }

    /// <summary>
    /// Polls <c>GET <paramref name="url"/></c> until it answers 200 (and, when given, its body contains
    /// <paramref name="text"/>); fails when the process exits first.
    /// </summary>
    public async Task WaitForPageAsync(Uri url, CancellationToken cancellationToken, string? text = null)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        while (true)
        {
            if (_process is not { } process || process.HasExited)
            {
                // The output readers may still hold the last lines (the error that stopped it): wait for their end first.
                await (_process?.WaitForExitAsync(cancellationToken) ?? Task.CompletedTask);
                throw new InvalidOperationException($"{_name} exited with code {_process?.ExitCode} before it was ready.\n{Log}");
            }

            try
            {
                using HttpResponseMessage response = await http.GetAsync(url, cancellationToken);
                if (response.StatusCode == HttpStatusCode.OK
                    && (text is null || (await response.Content.ReadAsStringAsync(cancellationToken)).Contains(text, StringComparison.Ordinal)))
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // A slow first render.
            }

            await Task.Delay(150, cancellationToken);
        }
    }

    /// <summary>Ends the process and every process it started.</summary>
    public async ValueTask DisposeAsync()
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
        if (line is not null)
        {
            lock (_log)
            {
                _log.AppendLine(line);
            }
        }
    }
}
