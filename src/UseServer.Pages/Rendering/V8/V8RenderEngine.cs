using System.Buffers;
using System.Globalization;
using Microsoft.ClearScript;
using Microsoft.ClearScript.JavaScript;
using Microsoft.ClearScript.V8;

namespace UseServer.Pages.Rendering.V8;

/// <summary>
/// One V8 isolate with the server bundle loaded: React's react-dom/server and Flight client, the app's client
/// components, and the host entry points (<c>__ssr_*</c>, called by name with <see cref="ScriptEngine.Invoke"/>, the
/// fast path). Used by one render at a time; a render that fails discards it.
/// </summary>
internal sealed class V8RenderEngine : IDisposable
{
    private static int s_count;

    private readonly V8ScriptEngine _engine;
    private readonly ulong _limit;
    private readonly V8RenderThread _thread;
    // The bundle's exchange buffer as last handed over. A step that throws may have replaced it without saying so; that
    // leaves this one stale, which is safe only because a failed render discards its engine (V8EnginePool.Return).
    private ITypedArray<byte> _exchange;

    private V8RenderEngine(V8BundleCache bundle, int maxHeapMegabytes, V8RenderThread thread)
    {
        _thread = thread;
        ulong limit = _limit = (ulong)maxHeapMegabytes * 1024 * 1024;
        // V8's own limit is fatal (it aborts the process), so it sits far above ClearScript's monitored one, which
        // samples the heap every few milliseconds and stops the script: a runaway render fails, the process lives.
        // The young generation as large as Node's by default (48 MiB: three 16 MiB semi-spaces), so that a page's short-lived
        // garbage costs as few scavenges as it does in Node; never more than a quarter of the heap limit, which counts it.
        int newSpace = Math.Clamp(maxHeapMegabytes / 4, 1, 48);
        var constraints = new V8RuntimeConstraints { MaxOldSpaceSize = maxHeapMegabytes * 4, MaxNewSpaceSize = newSpace, HeapExpansionMultiplier = 1.5 };
        _engine = new V8ScriptEngine(constraints, V8ScriptEngineFlags.None)
        {
            MaxRuntimeHeapSize = (UIntPtr)limit,
            RuntimeHeapSizeSampleInterval = TimeSpan.FromMilliseconds(10),
            RuntimeHeapSizeViolationPolicy = V8RuntimeViolationPolicy.Interrupt, // stops the script; the engine is then discarded
        };
        BundleVersion = bundle.Run(_engine);
        if (_engine.Evaluate("typeof __ssr_step === 'function' && typeof __ssr_exchange === 'function'") is not true)
        {
            _engine.Dispose();
            throw new InvalidOperationException(
                "The server bundle has no __ssr_step or __ssr_exchange: it was built with an older @useserver/client than this UseServer.Pages. " +
                "Use the same version of both and build the client again.");
        }

        _exchange = Exchange(0);
    }

    /// <summary>The version of the bundle this isolate runs.</summary>
    public int BundleVersion { get; }

    /// <summary>Creates an engine on a thread of its own (loading the bundle there).</summary>
    public static Task<V8RenderEngine> CreateAsync(V8BundleCache bundle, int maxHeapMegabytes)
    {
        var thread = new V8RenderThread("UseServer V8 " + Interlocked.Increment(ref s_count));
        return thread.RunAsync(() => new V8RenderEngine(bundle, maxHeapMegabytes, thread));
    }

    /// <summary>Runs <paramref name="work"/> (calls into this engine) on the engine's thread.</summary>
    public Task<T> RunAsync<T>(Func<V8RenderEngine, T> work) => _thread.RunAsync(() => work(this));

    public object Invoke(string function, params object[] arguments) => _engine.Invoke(function, arguments);

    /// <summary>Copies <paramref name="flight"/> into the exchange buffer (made larger first if it must be), for the next <see cref="Step"/>.</summary>
    public void WriteExchange(ReadOnlySequence<byte> flight)
    {
        if ((ulong)flight.Length > _exchange.Length)
        {
            _exchange = Exchange(flight.Length);
        }

        ulong offset = 0;
        foreach (ReadOnlyMemory<byte> segment in flight)
        {
            _exchange.WriteBytes(segment.Span, 0, (ulong)segment.Length, offset);
            offset += (ulong)segment.Length;
        }
    }

    /// <summary>Copies the HTML the last <see cref="Step"/> left in the exchange buffer into <paramref name="html"/> (its length is the step's byte count).</summary>
    public void ReadExchange(Span<byte> html) => _exchange.ReadBytes(0, (ulong)html.Length, html, 0);

    /// <summary>One pump step of render <paramref name="handle"/> (<c>__ssr_step</c>): <paramref name="length"/> Flight bytes from the exchange buffer go in, HTML comes out.</summary>
    public V8Step Step(object handle, int length, bool end)
    {
        var step = new V8Step(Convert.ToInt64(_engine.Invoke("__ssr_step", handle, length, end), CultureInfo.InvariantCulture));
        if (step.Replaced)
        {
            _exchange = Exchange(0); // React's HTML outgrew the buffer: the bundle made a larger one
        }

        return step;
    }

    private ITypedArray<byte> Exchange(long minimum) =>
        _engine.Invoke("__ssr_exchange", (double)minimum) as ITypedArray<byte>
        ?? throw new InvalidOperationException("The server bundle's __ssr_exchange did not return a Uint8Array.");

    /// <summary>
    /// Whether the isolate's heap is over its limit. A violation inside a microtask ends that task without reaching the
    /// host as an exception, so the renderer also asks after each step.
    /// </summary>
    public bool OverHeapLimit => _engine.GetRuntimeHeapInfo().UsedHeapSize > _limit;

    /// <summary>Stops the script running now (a timeout or an abort); the engine is discarded afterwards.</summary>
    public void Interrupt()
    {
        try
        {
            _engine.Interrupt();
        }
        catch (Exception e) when (e is InvalidOperationException or ObjectDisposedException)
        {
            // Released already: a timeout or abort that fired as the render ended has nothing left to stop.
        }
    }

    public void Dispose()
    {
        _engine.Dispose();
        _thread.Dispose();
    }
}
