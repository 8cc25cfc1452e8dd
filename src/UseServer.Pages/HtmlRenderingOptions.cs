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
}
