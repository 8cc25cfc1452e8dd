using Microsoft.ClearScript;
using Microsoft.ClearScript.V8;

namespace UseServer.Pages.Rendering.V8;

/// <summary>
/// The server bundle (ssr.js), read once, and V8's code cache for it: the first isolate compiles it and produces the
/// cache, later isolates compile from the cache (much faster than parsing the bundle again). With
/// <paramref name="watch"/> (Development) a newer file on disk (<c>vite build --watch</c>) is read again, checked at
/// most twice a second, and its <see cref="Version"/> changes so the pool replaces isolates that run an older one.
/// </summary>
internal sealed class V8BundleCache(string path, bool watch = false)
{
    private static readonly TimeSpan s_checkInterval = TimeSpan.FromMilliseconds(500);

    private readonly Lock _lock = new();
    private Loaded? _loaded;
    private DateTime _checkedAt;

    public string Path => path;

    /// <summary>The bundle the next isolate gets; changes when a watched file changes.</summary>
    public int Version => Current().Version;

    public int Run(V8ScriptEngine engine)
    {
        Loaded bundle = Current();
        var document = new DocumentInfo(System.IO.Path.GetFileName(path));
        byte[]? cache = Volatile.Read(ref bundle.Cache);
        V8Script script;
        if (cache is null)
        {
            script = engine.Compile(document, bundle.Code, V8CacheKind.Code, out cache);
            Volatile.Write(ref bundle.Cache, cache);
        }
        else
        {
            script = engine.Compile(document, bundle.Code, V8CacheKind.Code, cache, out _);
        }

        using (script)
        {
            engine.Execute(script);
        }

        return bundle.Version;
    }

    private Loaded Current()
    {
        if (_loaded is { } loaded && (!watch || DateTime.UtcNow - _checkedAt < s_checkInterval))
        {
            return loaded;
        }

        lock (_lock)
        {
            _checkedAt = DateTime.UtcNow;
            if (!File.Exists(path))
            {
                throw new InvalidOperationException(
                    $"The server-rendering bundle '{path}' does not exist. Build the client app with the @useserver/client/vite plugin, or set PageOptions.SsrBundlePath.");
            }

            DateTime stamp = File.GetLastWriteTimeUtc(path);
            if (_loaded is not { } current || current.Stamp != stamp)
            {
                _loaded = new Loaded(File.ReadAllText(path), stamp, (_loaded?.Version ?? 0) + 1);
            }

            return _loaded;
        }
    }

    private sealed class Loaded(string code, DateTime stamp, int version)
    {
        public byte[]? Cache;

        public string Code { get; } = code;

        public DateTime Stamp { get; } = stamp;

        public int Version { get; } = version;
    }
}
