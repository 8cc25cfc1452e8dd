using System.Buffers;
using System.IO.Pipelines;
using System.Text;
using System.Text.Json;
using Microsoft.ClearScript;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace UseServer.Pages.Rendering.V8;

/// <summary>
/// Renders pages with React's react-dom/server (edge build, streaming) in a pooled V8 isolate. The host drives the
/// isolate: it pushes Flight bytes as they arrive, runs React's queued work (timers; microtasks run when each call
/// returns) and pulls the HTML produced so far, which leaves for the client at once, so the shell is sent before slow
/// Suspense parts finish. Bytes cross as binary strings (one char per byte) both ways.
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
        bool flightDone = false;
        while (true)
        {
            (PumpResult pumped, bool overLimit) = await engine.RunAsync(e =>
            {
                PumpResult result = Pump(e, handle, inliner); // React renders inside these calls: on the engine's thread
                LogErrors(e, handle);
                return (result, e.OverHeapLimit);
            });
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
            string bytes = Encoding.Latin1.GetString(read.Buffer);
            bool completed = read.IsCompleted;
            await engine.RunAsync(e =>
            {
                e.Invoke("__ssr_push", handle, bytes);
                return completed ? e.Invoke("__ssr_end", handle) : null;
            });

            if (!read.Buffer.IsEmpty)
            {
                inliner.AddFlight(read.Buffer);
            }

            flight.AdvanceTo(read.Buffer.End);
            flightDone = completed;
        }

        inliner.Complete();
        await html.FlushAsync(cancellationToken);
        await engine.RunAsync(e =>
        {
            LogConsole(e);
            return 0;
        });
    }

    /// <summary>Runs React's queued work and takes its HTML until neither makes progress.</summary>
    private static PumpResult Pump(V8RenderEngine engine, object handle, FlightInliner inliner)
    {
        PumpResult result = PumpResult.Idle;
        while (true)
        {
            int timers = Convert.ToInt32(engine.Invoke("__ssr_timers"), System.Globalization.CultureInfo.InvariantCulture);
            object pulled = engine.Invoke("__ssr_pull", handle);
            if (pulled is not string text)
            {
                return PumpResult.Done; // null (undefined to .NET): the render is complete
            }

            if (text.Length > 0)
            {
                byte[] bytes = ArrayPool<byte>.Shared.Rent(text.Length); // a page's HTML is tens of KB: not a new array each time
                int length = Encoding.Latin1.GetBytes(text, bytes);
                inliner.WriteHtml(bytes.AsSpan(0, length));
                ArrayPool<byte>.Shared.Return(bytes);
                result = PumpResult.Wrote;
            }
            else if (timers == 0)
            {
                return result;
            }
        }
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

    private enum PumpResult
    {
        Idle,
        Wrote,
        Done,
    }

    internal sealed record StartOptions(IReadOnlyList<string> BootstrapModules, string? Nonce);
}

[System.Text.Json.Serialization.JsonSourceGenerationOptions(PropertyNamingPolicy = System.Text.Json.Serialization.JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
[System.Text.Json.Serialization.JsonSerializable(typeof(V8HtmlRenderer.StartOptions))]
internal sealed partial class V8Json : System.Text.Json.Serialization.JsonSerializerContext;
