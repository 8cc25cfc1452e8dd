using System.IO.Pipelines;
using System.Text.Json;
using Microsoft.ClearScript;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace UseServer.Pages.Rendering.V8;

/// <summary>
/// Renders pages with React's react-dom/server (edge build, streaming) in a pooled V8 isolate. The host drives the
/// isolate: it pushes Flight bytes as they arrive, runs React's queued work (timers; microtasks run when each call
/// returns) and pulls the HTML produced so far, which leaves for the client at once, so the shell is sent before slow
/// Suspense parts finish. Bytes cross through the isolate's exchange buffer (a Uint8Array read and written in place).
/// </summary>
internal sealed partial class V8HtmlRenderer(V8EnginePool pool, IOptions<HtmlRenderingOptions> options, ILogger<V8HtmlRenderer> logger) : IHtmlRenderer
{
    private readonly TimeSpan _timeout = options.Value.RenderTimeout;

    public async Task RenderAsync(PipeReader flight, PipeWriter html, HtmlRenderRequest request, CancellationToken cancellationToken)
    {
        V8RenderEngine engine = await pool.RentAsync(cancellationToken);
        bool healthy = false;
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(_timeout);
        CancellationTokenRegistration interrupt = limit.Token.Register(engine.Interrupt);
        try
        {
            await RenderAsync(engine, flight, html, request, limit.Token);
            healthy = true;
        }
        catch (ScriptEngineException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw limit.IsCancellationRequested
                ? new HtmlRenderException($"The render took longer than {_timeout.TotalSeconds:0.#} s (HtmlRenderingOptions.RenderTimeout).", e)
                : new HtmlRenderException("React could not render the page: " + e.ErrorDetails, e);
        }
        catch (ScriptInterruptedException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new HtmlRenderException($"The render took longer than {_timeout.TotalSeconds:0.#} s (HtmlRenderingOptions.RenderTimeout).", e);
        }
        catch (OperationCanceledException) when (limit.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new HtmlRenderException($"The render took longer than {_timeout.TotalSeconds:0.#} s (HtmlRenderingOptions.RenderTimeout).");
        }
        finally
        {
            await interrupt.DisposeAsync(); // waits for an interrupt in progress: none can reach a returned engine
            pool.Return(engine, healthy);
        }
    }

    private async Task RenderAsync(V8RenderEngine engine, PipeReader flight, PipeWriter html, HtmlRenderRequest request, CancellationToken cancellationToken)
    {
        string start = JsonSerializer.Serialize(new StartOptions(request.BootstrapModules, request.Nonce), V8Json.Default.StartOptions);
        object handle = await engine.RunAsync(e => e.Invoke("__ssr_start", start));
        var inliner = new FlightInliner(html, request.Nonce);
        var input = new PumpInput(this, handle, inliner);
        bool flightDone = false;
        while (true)
        {
            // One hop to the engine's thread per Flight chunk: the chunk goes in, React renders, its HTML comes out.
            (PumpResult pumped, bool overLimit) = await engine.RunAsync(input.Run);
            if (input.HasFlight)
            {
                flight.AdvanceTo(input.Flight.End);
                input.Clear();
            }

            if (overLimit)
            {
                throw new HtmlRenderException($"The render exceeded the isolate's heap limit (HtmlRenderingOptions.MaxHeapSizeMegabytes).");
            }

            if (pumped == PumpResult.Done)
            {
                break;
            }

            if (pumped == PumpResult.Wrote)
            {
                await html.FlushAsync(cancellationToken); // the client gets each flush as React makes it
            }

            if (flightDone)
            {
                if (pumped == PumpResult.Idle)
                {
                    throw new HtmlRenderException("The render stopped before completing: React waits on something the payload never provided.");
                }

                continue;
            }

            ReadResult read = await flight.ReadAsync(cancellationToken);
            input.Set(read.Buffer, read.IsCompleted);
            flightDone = read.IsCompleted;
        }

        inliner.Complete();
        await html.FlushAsync(cancellationToken);
        await engine.RunAsync(e =>
        {
            LogConsole(e);
            return 0;
        });
    }

    private void LogErrors(V8RenderEngine engine, object handle)
    {
        if (engine.Invoke("__ssr_errors", handle) is string json && json.Length > 2)
        {
            Log.RecoverableErrors(logger, json);
        }
    }

    private void LogConsole(V8RenderEngine engine)
    {
        if (logger.IsEnabled(LogLevel.Debug) && engine.Invoke("__ssr_console") is string json && json.Length > 2)
        {
            Log.ConsoleOutput(logger, json);
        }
    }

    internal sealed record StartOptions(IReadOnlyList<string> BootstrapModules, string? Nonce);
}

[System.Text.Json.Serialization.JsonSourceGenerationOptions(PropertyNamingPolicy = System.Text.Json.Serialization.JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
[System.Text.Json.Serialization.JsonSerializable(typeof(V8HtmlRenderer.StartOptions))]
internal sealed partial class V8Json : System.Text.Json.Serialization.JsonSerializerContext;
