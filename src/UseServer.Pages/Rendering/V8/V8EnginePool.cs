using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace UseServer.Pages.Rendering.V8;

/// <summary>
/// The isolates: at most <see cref="HtmlRenderingOptions.PoolSize"/> (default: the cores), created when first needed,
/// each rented by one render at a time. A render that fails or hits a limit returns its isolate as broken, and the
/// isolate is disposed; the next rent creates a fresh one.
/// </summary>
internal sealed class V8EnginePool : IDisposable
{
    private readonly ConcurrentBag<V8RenderEngine> _idle = [];
    private readonly SemaphoreSlim _slots;
    private readonly V8BundleCache _bundle;
    private readonly int _maxHeapMegabytes;
    private bool _disposed;

    public V8EnginePool(IOptions<HtmlRenderingOptions> options, V8BundleCache bundle)
    {
        HtmlRenderingOptions value = options.Value;
        int size = value.PoolSize ?? Environment.ProcessorCount;
        if (size < 1)
        {
            throw new InvalidOperationException("HtmlRenderingOptions.PoolSize must be at least 1.");
        }

        V8ProcessSettings.Apply(value.DisableV8BackgroundWork);
        _slots = new SemaphoreSlim(size, size);
        _bundle = bundle;
        _maxHeapMegabytes = value.MaxHeapSizeMegabytes;
        Size = size;
    }

    public int Size { get; }

    public async ValueTask<V8RenderEngine> RentAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        await _slots.WaitAsync(cancellationToken);
        try
        {
            int version = _bundle.Version;
            while (_idle.TryTake(out V8RenderEngine? engine))
            {
                if (engine.BundleVersion == version)
                {
                    return engine;
                }

                engine.Dispose(); // runs a bundle the build has replaced since
            }

            return await V8RenderEngine.CreateAsync(_bundle, _maxHeapMegabytes);
        }
        catch
        {
            _slots.Release();
            throw;
        }
    }

    public void Return(V8RenderEngine engine, bool healthy)
    {
        if (healthy && !_disposed)
        {
            _idle.Add(engine);
        }
        else
        {
            engine.Dispose();
        }

        _slots.Release();
    }

    public void Dispose()
    {
        _disposed = true;
        while (_idle.TryTake(out V8RenderEngine? engine))
        {
            engine.Dispose();
        }
    }
}
