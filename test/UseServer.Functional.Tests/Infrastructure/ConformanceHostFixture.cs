using System.Diagnostics;
using System.Reflection;
using System.Text.RegularExpressions;

namespace UseServer.Functional.Tests.Infrastructure;

/// <summary>
/// Runs test/ConformanceHost's built dll as a child process on 127.0.0.1 with a dynamic port, exactly as
/// outside tools start it (<c>dotnet ConformanceHost.dll --urls http://127.0.0.1:0</c>, environment unset, so Production).
/// </summary>
public sealed partial class ConformanceHostFixture : IAsyncLifetime
{
    private Process? _process;

    public int Port { get; private set; }

    public string Origin => $"http://127.0.0.1:{Port}";

    public HttpClient Client { get; } = new();

    public async Task InitializeAsync()
    {
        string directory = typeof(ConformanceHostFixture).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "ConformanceHostDirectory").Value!;
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { Path.Combine(directory, "ConformanceHost.dll"), "--urls", "http://127.0.0.1:0" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment.Remove("ASPNETCORE_ENVIRONMENT");
        start.Environment.Remove("DOTNET_ENVIRONMENT");
        _process = Process.Start(start)!;
        var listening = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        _process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is { } line && ListeningPattern().Match(line) is { Success: true } match)
            {
                listening.TrySetResult(int.Parse(match.Groups[1].Value));
            }
        };
        _process.ErrorDataReceived += (_, _) => { };
        _process.Exited += (_, _) => listening.TrySetException(new InvalidOperationException("ConformanceHost exited during startup."));
        _process.EnableRaisingEvents = true;
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        Port = await listening.Task.WaitAsync(RawHttp.HangGuard);
        Client.BaseAddress = new Uri(Origin);
        using HttpResponseMessage health = await Client.GetAsync("/healthz");
        health.EnsureSuccessStatusCode();
    }

    /// <summary>The conformance.sentinel counter, read through conformance.count.</summary>
    public async Task<int> SentinelCountAsync()
    {
        using HttpResponseMessage response = await Calls.PostAsync(Client, "conformance.count", "[]");
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return int.Parse(await Calls.RootRowAsync(response));
    }

    /// <summary>Runs <paramref name="act"/> and asserts that it invoked no function (the sentinel counter did not move).</summary>
    public async Task<T> AssertNothingInvokedAsync<T>(Func<Task<T>> act)
    {
        int before = await SentinelCountAsync();
        T result = await act();
        Assert.Equal(before, await SentinelCountAsync());
        return result;
    }

    /// <summary>Sends a request that may run conformance.sentinel only when it answers 200 (the corpus's "only-if-200").</summary>
    public async Task<RawResponse> AssertInvokedOnlyIf200Async(Func<Task<RawResponse>> send)
    {
        int before = await SentinelCountAsync();
        RawResponse response = await send();
        Assert.Contains(response.Status, new[] { 200, 400 });
        Assert.Equal(response.Status == 200 ? before + 1 : before, await SentinelCountAsync());
        return response;
    }

    public Task DisposeAsync()
    {
        Client.Dispose();
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process?.Dispose();
        return Task.CompletedTask;
    }

    [GeneratedRegex(@"Now listening on: http://127\.0\.0\.1:(\d+)")]
    private static partial Regex ListeningPattern();
}

[CollectionDefinition(Name)]
public sealed class ConformanceHostCollection : ICollectionFixture<ConformanceHostFixture>
{
    public const string Name = "ConformanceHost";
}
