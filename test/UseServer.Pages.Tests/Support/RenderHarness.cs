using System.IO.Pipelines;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using UseServer.Components;
using UseServer.Components.Rendering;
using UseServer.Flight;
using UseServer.Flight.Writing;
using UseServer.Pages.Manifest;
using UseServer.Pages.Rendering;
using UseServer.Pages.Rendering.V8;

namespace UseServer.Pages.Tests.Support;

/// <summary>The real V8 renderer over the fixture app's ssr.js, and C# trees written as page payloads.</summary>
internal sealed class RenderHarness : IDisposable
{
    private static readonly Lazy<ManifestClientComponentResolver> s_resolver = new(() => new(ClientManifest.Load(SsrApp.ManifestPath)));

    public RenderHarness(int poolSize = 1, int maxHeapMegabytes = 128, TimeSpan? timeout = null, ILogger<V8HtmlRenderer>? logger = null)
    {
        var options = Options.Create(new HtmlRenderingOptions
        {
            PoolSize = poolSize,
            MaxHeapSizeMegabytes = maxHeapMegabytes,
            RenderTimeout = timeout ?? TimeSpan.FromSeconds(30),
        });
        Pool = new V8EnginePool(options, new V8BundleCache(SsrApp.BundlePath));
        Renderer = new V8HtmlRenderer(Pool, options, logger ?? NullLogger<V8HtmlRenderer>.Instance);
    }

    public V8EnginePool Pool { get; }

    public V8HtmlRenderer Renderer { get; }

    public static IReadOnlyList<string> BootstrapModules => s_resolver.Value.Manifest.BootstrapModules;

    public static FlightWriterOptions WriterOptions { get; } = new()
    {
        JsonOptions = new JsonSerializerOptions(JsonSerializerDefaults.Web) { TypeInfoResolver = new DefaultJsonTypeInfoResolver() },
        ErrorDigest = "digest",
    };

    /// <summary>A whole document around <paramref name="body"/>.</summary>
    public static Node Document(params Node?[] body) => new Html
    {
        Lang = "en",
        Children = [new Head { Children = [new Meta { CharSet = "utf-8" }, new TitleElement { Children = ["Test"] }] }, new Body { Children = body }],
    };

    /// <summary>The page payload <c>{tree, formState}</c> of <paramref name="document"/>.</summary>
    public static object Payload(Node document, object? formState = null) => new Dictionary<string, object?>
    {
        ["tree"] = ComponentTree.ToFlightValue(document, new ComponentRenderContext { Services = EmptyServices.Instance, ClientComponents = s_resolver.Value }),
        ["formState"] = formState,
    };

    /// <summary>The Flight bytes of a payload.</summary>
    public static async Task<byte[]> FlightAsync(object payload)
    {
        var pipe = new Pipe(new PipeOptions(pauseWriterThreshold: 0)); // read only once written: a large payload must not wait on the reader
        await FlightSerializer.WriteAsync(pipe.Writer, payload, WriterOptions);
        await pipe.Writer.CompleteAsync();
        return await ReadAllAsync(pipe.Reader);
    }

    /// <summary>Renders a payload to HTML, the Flight written concurrently as a page does.</summary>
    public async Task<string> RenderAsync(object payload, string? nonce = null, CancellationToken cancellationToken = default)
    {
        var flight = new Pipe();
        var html = new Pipe();
        using var stopWriting = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        Task writing = WriteAsync(flight.Writer, payload, stopWriting.Token);
        Task<byte[]> reading = ReadAllAsync(html.Reader);
        try
        {
            await Renderer.RenderAsync(flight.Reader, html.Writer, new HtmlRenderRequest(BootstrapModules, nonce), cancellationToken);
        }
        finally
        {
            await html.Writer.CompleteAsync();
            await flight.Reader.CompleteAsync();
            await stopWriting.CancelAsync(); // a part still pending when the render ended is not waited for
            await writing;
        }

        return Encoding.UTF8.GetString(await reading);
    }

    public static async Task WriteAsync(PipeWriter writer, object payload, CancellationToken cancellationToken = default)
    {
        try
        {
            await FlightSerializer.WriteAsync(writer, payload, WriterOptions, cancellationToken);
            await writer.CompleteAsync();
        }
        catch (Exception e)
        {
            await writer.CompleteAsync(e);
        }
    }

    public static async Task<byte[]> ReadAllAsync(PipeReader reader)
    {
        using var stream = new MemoryStream();
        await reader.CopyToAsync(stream);
        return stream.ToArray();
    }

    /// <summary>The HTML without the inlined payload scripts (what React itself produced).</summary>
    public static string WithoutPayload(string html) =>
        System.Text.RegularExpressions.Regex.Replace(html, @"<script(?: nonce=""[^""]*"")?>\(self\.__useserver_f\|\|=\[\]\)\.push\(.*?\)</script>", "");

    public void Dispose() => Pool.Dispose();

    private sealed class EmptyServices : IServiceProvider
    {
        public static readonly EmptyServices Instance = new();

        public object? GetService(Type serviceType) => null;
    }
}
