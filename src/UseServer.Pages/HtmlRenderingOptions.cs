namespace UseServer.Pages;

/// <summary>Limits of server rendering in embedded V8 (<c>PageOptions</c> has the rest).</summary>
public sealed class HtmlRenderingOptions
{
    /// <summary>How many V8 isolates render at once; each serves one request at a time. Default: the processor count.</summary>
    public int? PoolSize { get; set; }

    /// <summary>The heap limit of each isolate in MiB; a render that exceeds it fails (500) and its isolate is replaced. Default 256.</summary>
    public int MaxHeapSizeMegabytes { get; set; } = 256;

    /// <summary>The longest a render may run (a component that loops forever fails the request). Default 30 seconds.</summary>
    public TimeSpan RenderTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Whether V8 runs its garbage collection and compilation on the rendering thread instead of on background threads
    /// of its own. Default <see langword="true"/>: the pool already keeps a thread per core busy, and background threads
    /// would compete with it (measured in docs/benchmarks.md). V8 reads this once per process, when the first isolate
    /// starts; a later pool with another value keeps the first value.
    /// </summary>
    public bool DisableV8BackgroundWork { get; set; } = true;
}
