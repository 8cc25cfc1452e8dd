using Microsoft.ClearScript;
using Microsoft.ClearScript.V8;

namespace UseServer.Pages.Rendering.V8;

/// <summary>
/// One V8 isolate with the server bundle loaded: React's react-dom/server and Flight client, the app's client
/// components, and the host entry points (<c>__ssr_*</c>, called by name with <see cref="ScriptEngine.Invoke"/>, the
/// fast path). Used by one render at a time; a render that fails discards it.
/// </summary>
internal sealed class V8RenderEngine : IDisposable
{
    private readonly V8ScriptEngine _engine;

    public V8RenderEngine(V8BundleCache bundle, int maxHeapMegabytes)
    {
        ulong limit = (ulong)maxHeapMegabytes * 1024 * 1024;
        // The hard V8 limit sits above ClearScript's soft one, so the soft one trips first and throws instead of
        // letting V8 abort the process.
        var constraints = new V8RuntimeConstraints { MaxOldSpaceSize = maxHeapMegabytes * 2, MaxNewSpaceSize = 32 };
        _engine = new V8ScriptEngine(constraints, V8ScriptEngineFlags.None)
        {
            MaxRuntimeHeapSize = (UIntPtr)limit,
            RuntimeHeapSizeSampleInterval = TimeSpan.FromMilliseconds(20),
            RuntimeHeapSizeViolationPolicy = V8RuntimeViolationPolicy.Exception,
        };
        bundle.Run(_engine);
    }

    public object Invoke(string function, params object[] arguments) => _engine.Invoke(function, arguments);

    /// <summary>Stops the script running now (a timeout or an abort); the engine is discarded afterwards.</summary>
    public void Interrupt() => _engine.Interrupt();

    public void Dispose() => _engine.Dispose();
}
