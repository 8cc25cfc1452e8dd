using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace UseServer.Conformance.Tests.Support;

/// <summary>
/// One long-lived Node process running a script of <c>test/fixtures-js</c> that speaks line-delimited JSON:
/// one request per line on stdin, one response per line on stdout with the same <c>id</c>. Requests are
/// serialized (one at a time), so a test class shares one process.
/// </summary>
internal sealed class NodeWorker : IDisposable
{
    // A guard against a hung worker, not an assertion: a request normally takes milliseconds.
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(2);

    private readonly Process _process;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly StringBuilder _stderr = new();
    private int _nextId;

    private NodeWorker(Process process)
    {
        _process = process;
        _process.ErrorDataReceived += (_, e) =>
        {
            lock (_stderr)
            {
                if (e.Data is not null && _stderr.Length < 20_000)
                {
                    _stderr.AppendLine(e.Data);
                }
            }
        };
        _process.BeginErrorReadLine();
    }

    /// <summary>Starts <c>node script</c> in <c>test/fixtures-js</c> and waits for its ready line.</summary>
    public static NodeWorker Start(string script)
    {
        Process process = NodeProcess.Start(script);
        var worker = new NodeWorker(process);
        worker.ReadResponseAsync(0).GetAwaiter().GetResult();
        return worker;
    }

    /// <summary>Sends <paramref name="request"/> (an <c>id</c> is added) and returns the response; throws when it is not ok.</summary>
    public async Task<JsonElement> AskAsync(JsonObject request)
    {
        await _gate.WaitAsync();
        try
        {
            int id = ++_nextId;
            request["id"] = id;
            await _process.StandardInput.WriteLineAsync(request.ToJsonString());
            await _process.StandardInput.FlushAsync();
            var response = await ReadResponseAsync(id);
            if (!response.GetProperty("ok").GetBoolean())
            {
                throw new InvalidOperationException($"The Node worker failed: {response.GetProperty("error").GetString()}");
            }

            return response;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<JsonElement> ReadResponseAsync(int id)
    {
        using var timeout = new CancellationTokenSource(HangGuard);
        while (true)
        {
            string? line = await _process.StandardOutput.ReadLineAsync(timeout.Token);
            if (line is null)
            {
                throw new InvalidOperationException($"The Node worker exited. Its stderr:\n{StderrTail()}");
            }

            using var doc = JsonDocument.Parse(line);
            if (doc.RootElement.TryGetProperty("id", out var got) && got.ValueKind == JsonValueKind.Number && got.GetInt32() == id)
            {
                return doc.RootElement.Clone();
            }
        }
    }

    private string StderrTail()
    {
        lock (_stderr)
        {
            return _stderr.ToString();
        }
    }

    public void Dispose()
    {
        try
        {
            _process.StandardInput.Close();
            if (!_process.WaitForExit(5000))
            {
                _process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }

        _process.Dispose();
        _gate.Dispose();
    }
}
