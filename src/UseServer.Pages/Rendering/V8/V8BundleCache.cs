using Microsoft.ClearScript;
using Microsoft.ClearScript.V8;

namespace UseServer.Pages.Rendering.V8;

/// <summary>
/// The server bundle (ssr.js), read once, and V8's code cache for it: the first isolate compiles it and produces the
/// cache, later isolates compile from the cache (much faster than parsing the bundle again).
/// </summary>
internal sealed class V8BundleCache(string path)
{
    private readonly Lazy<string> _code = new(() => File.Exists(path)
        ? File.ReadAllText(path)
        : throw new InvalidOperationException($"The server-rendering bundle '{path}' does not exist. Build the client app with the @useserver/client/vite plugin, or set PageOptions.SsrBundlePath."));

    private byte[]? _cache;

    public string Path => path;

    public void Run(V8ScriptEngine engine)
    {
        var document = new DocumentInfo(System.IO.Path.GetFileName(path));
        byte[]? cache = Volatile.Read(ref _cache);
        V8Script script;
        if (cache is null)
        {
            script = engine.Compile(document, _code.Value, V8CacheKind.Code, out cache);
            Volatile.Write(ref _cache, cache);
        }
        else
        {
            script = engine.Compile(document, _code.Value, V8CacheKind.Code, cache, out _);
        }

        using (script)
        {
            engine.Execute(script);
        }
    }
}
