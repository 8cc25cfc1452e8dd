using System.Diagnostics;
using System.Net.Http.Json;
using UseServer.EndToEnd.Tests.Hosting;

namespace UseServer.EndToEnd.Tests.ScaleOut;

/// <summary>
/// One instance of the published sample configured for scale-out, as docs/scale-out.md deploys it: Production,
/// PostgreSQL, the key ring in the database under one application name, antiforgery on, and the diagnostics hooks on
/// (the tests read <c>/diagnostics/*</c>). Ready when <c>/healthz/ready</c> answers 200. It can be signalled (SIGTERM,
/// SIGKILL) like a process under an orchestrator, and restarted on the same port.
/// </summary>
public sealed class NotesInstance : IAsyncDisposable
{
    private readonly string _name;
    private readonly string _publishDir;
    private readonly Dictionary<string, string> _settings;
    private AppProcess? _process;

    private NotesInstance(string name, string publishDir, Dictionary<string, string> settings, Uri? baseUrl)
    {
        _name = name;
        _publishDir = publishDir;
        _settings = settings;
        BaseUrl = baseUrl ?? new Uri($"http://127.0.0.1:{Processes.FreePort()}");
    }

    public Uri BaseUrl { get; }

    /// <summary>
    /// The app's own process ID (from <c>/diagnostics/runtime</c>: <c>dotnet Notes.dll</c> runs the app in-process);
    /// 0 when the diagnostics hooks are off.
    /// </summary>
    public int ProcessId { get; private set; }

    public string Log => _process?.Log ?? "";

    /// <summary>
    /// Starts an instance of <paramref name="publishDir"/> on <paramref name="connectionString"/>, at <paramref name="baseUrl"/>
    /// (default: a free port); <paramref name="settings"/> override the defaults.
    /// </summary>
    public static async Task<NotesInstance> StartAsync(
        string name, string publishDir, string connectionString, CancellationToken cancellationToken,
        IReadOnlyDictionary<string, string>? settings = null, Uri? baseUrl = null)
    {
        var all = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["ConnectionStrings__Notes"] = connectionString,
            ["DataProtection__Keys"] = "Database",
            ["DataProtection__ApplicationName"] = "Notes",
            ["Notes__Antiforgery__Enabled"] = "true",
            ["Notes__Diagnostics__Enabled"] = "true",
        };
        foreach ((string key, string value) in settings ?? new Dictionary<string, string>())
        {
            all[key] = value;
        }

        var instance = new NotesInstance(name, publishDir, all, baseUrl);
        await instance.StartAsync(cancellationToken);
        return instance;
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = _publishDir };
        foreach (string arg in new[] { Path.Combine(_publishDir, "Notes.dll"), "--urls", BaseUrl.ToString().TrimEnd('/') })
        {
            start.ArgumentList.Add(arg);
        }

        foreach ((string key, string value) in _settings)
        {
            start.Environment[key] = value;
        }

        _process = AppProcess.Start(_name, start);
        using var ready = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        ready.CancelAfter(TimeSpan.FromMinutes(2));
        await _process.WaitForPageAsync(new Uri(BaseUrl, "/healthz/ready"), ready.Token);
        if (_settings["Notes__Diagnostics__Enabled"] == "true")
        {
            using var http = new HttpClient { BaseAddress = BaseUrl };
            ProcessId = (await http.GetFromJsonAsync<RuntimeFigures>("/diagnostics/runtime", cancellationToken))!.ProcessId;
        }
    }

    /// <summary>Sends <paramref name="signal"/> (<c>TERM</c>, <c>KILL</c>) to the app's process.</summary>
    public Task SignalAsync(string signal, CancellationToken cancellationToken) =>
        Processes.RunAsync("kill", ["-" + signal, ProcessId.ToString()], _publishDir, cancellationToken);

    /// <summary>Whether the app's process still exists.</summary>
    public bool IsRunning => ProcessId != 0 && Directory.Exists("/proc/" + ProcessId) && !IsZombie();

    /// <summary>Waits until the process has exited; fails after <paramref name="timeout"/>.</summary>
    public async Task WaitForExitAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        while (IsRunning)
        {
            if (cts.IsCancellationRequested)
            {
                throw new TimeoutException($"{_name} (pid {ProcessId}) still runs after {timeout}.\n{Log}");
            }

            await Task.Delay(50, CancellationToken.None);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is { } process)
        {
            _process = null;
            await process.DisposeAsync();
        }
    }

    /// <summary>An exited child not yet reaped by its parent (the test process) still has a /proc entry.</summary>
    private bool IsZombie()
    {
        try
        {
            string stat = File.ReadAllText($"/proc/{ProcessId}/stat");
            return stat[(stat.LastIndexOf(')') + 2)..].StartsWith('Z');
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>What the sample's <c>GET /diagnostics/runtime</c> answers.</summary>
    public sealed record RuntimeFigures(int ProcessId, long WorkingSet, long GcAllocatedLive, long GcHeapSize, int Gen0, int Gen1, int Gen2);
}
