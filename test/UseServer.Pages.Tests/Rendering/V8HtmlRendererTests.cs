using System.IO.Pipelines;
using System.Text;
using UseServer.Components;
using UseServer.Flight;
using UseServer.Pages.Rendering;
using UseServer.Pages.Tests.Support;

namespace UseServer.Pages.Tests.Rendering;

/// <summary>React's react-dom/server in embedded V8, driven by the real renderer over the fixture app's ssr.js.</summary>
public sealed class V8HtmlRendererTests
{
    private static Node Page() => RenderHarness.Document(
        new Main
        {
            Children =
            [
                new H1 { Children = ["Hello from C#"] },
                new Counter { Label = "Clicks", Start = 3 },
                new Panel { Title = "Panel", Children = [new P { Children = ["inside ", new Strong { Children = ["the panel"] }] }] },
                new Ul { Children = [Node.List(new[] { "a", "b", "c" }.Select(x => new Li { Key = x, Children = [x] }))] },
            ],
        });

    [Fact]
    public async Task Renders_the_document_with_client_components_and_inlines_the_payload_before_the_body_ends()
    {
        using var harness = new RenderHarness();

        string html = await harness.RenderAsync(RenderHarness.Payload(Page()));

        Assert.StartsWith("<!DOCTYPE html><html lang=\"en\"><head>", html, StringComparison.Ordinal);
        Assert.Contains("<h1>Hello from C#</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<button type=\"button\" data-testid=\"counter\">Clicks<!-- -->: <!-- -->3</button>", html, StringComparison.Ordinal);
        Assert.Contains("<section class=\"panel\"><h2>Panel</h2><p>inside <strong>the panel</strong></p></section>", html, StringComparison.Ordinal);
        Assert.Contains("<script type=\"module\" src=\"" + RenderHarness.BootstrapModules[0] + "\"", html, StringComparison.Ordinal);
        Assert.EndsWith("<script>(self.__useserver_f||=[]).push(null)</script></body></html>", html, StringComparison.Ordinal);
        Assert.Contains("(self.__useserver_f||=[]).push('", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_html_is_byte_identical_to_the_same_bundle_rendering_in_node()
    {
        using var harness = new RenderHarness();
        object payload = RenderHarness.Payload(Page());
        byte[] flight = await RenderHarness.FlightAsync(payload);

        string v8 = RenderHarness.WithoutPayload(await harness.RenderAsync(payload));
        string node = await NodeProcess.RenderHtmlAsync(flight);

        Assert.Equal(node, v8);
    }

    [Fact]
    public async Task A_page_larger_than_the_exchange_buffer_renders_whole_and_its_isolate_renders_the_next_page()
    {
        // 64 KB is the exchange buffer's first size: this payload and its HTML are each several times that.
        using var harness = new RenderHarness(); // one isolate: the next page reuses the grown buffers
        object payload = RenderHarness.Payload(RenderHarness.Document(new Ul
        {
            Children = [Node.List(Enumerable.Range(0, 8000).Select(i => new Li { Key = i.ToString(System.Globalization.CultureInfo.InvariantCulture), Children = [$"Item {i}: déjà vu, 日本語"] }))],
        }));
        byte[] flight = await RenderHarness.FlightAsync(payload);

        string v8 = RenderHarness.WithoutPayload(await harness.RenderAsync(payload));
        string node = await NodeProcess.RenderHtmlAsync(flight);
        string next = await harness.RenderAsync(RenderHarness.Payload(Page()));

        Assert.True(flight.Length > 3 * 64 * 1024, $"The payload is {flight.Length} bytes.");
        Assert.True(Encoding.UTF8.GetByteCount(v8) > 3 * 64 * 1024, "The HTML is smaller than three exchange buffers.");
        Assert.Equal(node, v8);
        Assert.Contains("<li>Item 7999: déjà vu, 日本語</li>", v8, StringComparison.Ordinal);
        Assert.Contains("<h1>Hello from C#</h1>", next, StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_a_page_of_megabytes_the_exchange_buffer_shrinks_and_the_next_pages_still_render()
    {
        // Megabytes of HTML grow the exchange buffer past the 1 MB the bundle keeps between renders; the next render's
        // first idle step swaps it for a small one, and the host must follow the swap.
        using var harness = new RenderHarness();
        object huge = RenderHarness.Payload(RenderHarness.Document(new Ul
        {
            Children = [Node.List(Enumerable.Range(0, 120_000).Select(i => new Li { Key = i.ToString(System.Globalization.CultureInfo.InvariantCulture), Children = [$"Item number {i}"] }))],
        }));

        string first = await harness.RenderAsync(huge);
        ulong grown = await ExchangeLengthAsync(harness);
        string second = await harness.RenderAsync(RenderHarness.Payload(Page()));
        string third = await harness.RenderAsync(RenderHarness.Payload(Page()));
        ulong shrunk = await ExchangeLengthAsync(harness);

        Assert.Contains("<li>Item number 119999</li>", first, StringComparison.Ordinal);
        Assert.True(grown > 1024 * 1024, $"The page grew the buffer to {grown} bytes only.");
        Assert.True(shrunk <= 1024 * 1024, $"The buffer kept {shrunk} bytes.");
        Assert.Contains("<h1>Hello from C#</h1>", second, StringComparison.Ordinal);
        Assert.Equal(RenderHarness.WithoutPayload(second), RenderHarness.WithoutPayload(third));
    }

    private static async Task<ulong> ExchangeLengthAsync(RenderHarness harness)
    {
        UseServer.Pages.Rendering.V8.V8RenderEngine engine = await harness.Pool.RentAsync(CancellationToken.None);
        ulong length = await engine.RunAsync(e => ((Microsoft.ClearScript.JavaScript.ITypedArray<byte>)e.Invoke("__ssr_exchange", 0.0)).Length);
        harness.Pool.Return(engine, healthy: true);
        return length;
    }

    [Fact]
    public async Task By_default_V8_renders_without_background_threads_of_its_own()
    {
        Assert.True(new HtmlRenderingOptions().DisableV8BackgroundWork);
        using var harness = new RenderHarness(); // default options: every harness of this process passes the default

        string html = await harness.RenderAsync(RenderHarness.Payload(Page()));

        Assert.Contains("<h1>Hello from C#</h1>", html, StringComparison.Ordinal);
        Assert.True(Microsoft.ClearScript.V8.V8Settings.GlobalFlags.HasFlag(Microsoft.ClearScript.V8.V8GlobalFlags.DisableBackgroundWork));
    }

    [Fact]
    public async Task A_server_bundle_from_an_older_client_fails_with_what_to_do()
    {
        // The entry points of @useserver/client/ssr before the exchange buffer: a pull of binary strings.
        string bundle = Path.Combine(Path.GetTempPath(), "ssr-old-" + Guid.NewGuid().ToString("N") + ".js");
        File.WriteAllText(bundle, "globalThis.__ssr_start = () => 1; globalThis.__ssr_push = () => {}; globalThis.__ssr_pull = () => null;");
        try
        {
            var options = Microsoft.Extensions.Options.Options.Create(new HtmlRenderingOptions { PoolSize = 1 });
            using var pool = new UseServer.Pages.Rendering.V8.V8EnginePool(options, new UseServer.Pages.Rendering.V8.V8BundleCache(bundle));

            var error = await Assert.ThrowsAsync<InvalidOperationException>(async () => await pool.RentAsync(CancellationToken.None));

            Assert.Contains("older @useserver/client", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(bundle);
        }
    }

    [Fact]
    public async Task The_shell_streams_before_a_slow_suspense_part_completes()
    {
        using var harness = new RenderHarness();
        var gate = new TaskCompletionSource<Node?>(TaskCreationOptions.RunContinuationsAsynchronously);
        object payload = RenderHarness.Payload(RenderHarness.Document(
            new H1 { Children = ["Shell"] },
            new Suspense { Fallback = new P { Children = ["Loading…"] }, Children = [new Gated { Output = gate.Task }] }));
        var flight = new Pipe();
        var html = new Pipe();
        Task writing = RenderHarness.WriteAsync(flight.Writer, payload);
        Task rendering = harness.Renderer.RenderAsync(flight.Reader, html.Writer, new HtmlRenderRequest(RenderHarness.BootstrapModules, null), CancellationToken.None)
            .ContinueWith(_ => html.Writer.Complete(), TaskScheduler.Default);

        var received = new StringBuilder();
        while (!received.ToString().Contains("Loading…", StringComparison.Ordinal))
        {
            ReadResult read = await html.Reader.ReadAsync();
            received.Append(Encoding.UTF8.GetString(read.Buffer));
            html.Reader.AdvanceTo(read.Buffer.End);
            Assert.False(read.IsCompleted, "The render ended before the shell arrived.");
        }

        Assert.Contains("<h1>Shell</h1>", received.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Arrived late", received.ToString(), StringComparison.Ordinal);

        gate.SetResult(new P { Children = ["Arrived late"] });
        received.Append(Encoding.UTF8.GetString(await RenderHarness.ReadAllAsync(html.Reader)));
        await rendering;
        await writing;
        Assert.Contains("Arrived late", received.ToString(), StringComparison.Ordinal);
        Assert.EndsWith("</body></html>", received.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Server_function_forms_are_rendered_for_posting_without_javascript()
    {
        using var harness = new RenderHarness();
        object payload = RenderHarness.Payload(RenderHarness.Document(
            new ActionForm { Action = new ServerReference("counter.increment"), Permalink = "/counter" },
            new PlainForm { Action = new ServerReference("names.save", ["usb1.sealed"]) }));

        string html = await harness.RenderAsync(payload);

        Assert.Contains("<form action=\"/counter\" encType=\"multipart/form-data\" method=\"POST\">", html, StringComparison.Ordinal);
        Assert.Matches("<input type=\"hidden\" name=\"\\$ACTION_REF_[0-9]+\"/>", html);
        Assert.Contains("{&quot;id&quot;:&quot;counter.increment&quot;,&quot;bound&quot;:&quot;$@1&quot;}", html, StringComparison.Ordinal);
        Assert.Contains("value=\"[{&quot;count&quot;:0}]\"", html, StringComparison.Ordinal);
        Assert.Contains("<input type=\"hidden\" name=\"$ACTION_KEY\" value=\"p/counter\"/>", html, StringComparison.Ordinal);
        Assert.Contains("value=\"[&quot;usb1.sealed&quot;]\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("React form unexpectedly submitted", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_form_state_continues_the_matching_useActionState()
    {
        using var harness = new RenderHarness();
        object payload = RenderHarness.Payload(
            RenderHarness.Document(new ActionForm { Action = new ServerReference("counter.increment"), Permalink = "/counter" }),
            formState: new object?[] { new Dictionary<string, object?> { ["count"] = 5 }, "p/counter", "counter.increment", 0 });

        string html = await harness.RenderAsync(payload);

        Assert.Contains("<!--F!-->", html, StringComparison.Ordinal);
        Assert.Contains("count=<!-- -->5", html, StringComparison.Ordinal);
        Assert.Contains("value=\"[{&quot;count&quot;:5}]\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_render_that_exceeds_the_heap_limit_fails_and_the_pool_renders_again()
    {
        using var harness = new RenderHarness(poolSize: 1, maxHeapMegabytes: 64);

        var failure = await Assert.ThrowsAsync<HtmlRenderException>(() => harness.RenderAsync(RenderHarness.Payload(RenderHarness.Document(new Hog()))).WaitAsync(TimeSpan.FromSeconds(20)));
        string html = await harness.RenderAsync(RenderHarness.Payload(Page()));

        Assert.NotNull(failure.InnerException);
        Assert.Contains("Hello from C#", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_render_that_runs_too_long_fails_and_the_pool_renders_again()
    {
        using var harness = new RenderHarness(poolSize: 1, timeout: TimeSpan.FromSeconds(2));

        var failure = await Assert.ThrowsAsync<HtmlRenderException>(() => harness.RenderAsync(RenderHarness.Payload(RenderHarness.Document(new Spin()))));
        string html = await harness.RenderAsync(RenderHarness.Payload(Page()));

        Assert.Contains("RenderTimeout", failure.Message, StringComparison.Ordinal);
        Assert.Contains("Hello from C#", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_client_component_that_throws_fails_the_shell_but_only_its_boundary_inside_suspense()
    {
        using var harness = new RenderHarness();

        await Assert.ThrowsAsync<HtmlRenderException>(() => harness.RenderAsync(RenderHarness.Payload(RenderHarness.Document(new Throws { Message = "boom" }))));
        string html = await harness.RenderAsync(RenderHarness.Payload(RenderHarness.Document(
            new H1 { Children = ["Still here"] },
            new Suspense { Fallback = new P { Children = ["Fallback shown"] }, Children = [new Throws { Message = "boom" }] })));

        Assert.Contains("Still here", html, StringComparison.Ordinal);
        Assert.Contains("Fallback shown", html, StringComparison.Ordinal);
        Assert.Contains("<!--$!-->", html, StringComparison.Ordinal); // a client-rendered boundary
    }

    [Fact]
    public async Task An_error_react_recovers_from_is_logged_through_the_renderers_logger()
    {
        var logger = new RecordingLogger();
        using var harness = new RenderHarness(logger: logger);

        string html = await harness.RenderAsync(RenderHarness.Payload(RenderHarness.Document(
            new Suspense { Fallback = new P { Children = ["Fallback shown"] }, Children = [new Throws { Message = "boom at the end" }] })));

        Assert.Contains("Fallback shown", html, StringComparison.Ordinal);
        Assert.Contains(logger.Messages, m => m.Contains("boom at the end", StringComparison.Ordinal));
    }

    private sealed class RecordingLogger : Microsoft.Extensions.Logging.ILogger<UseServer.Pages.Rendering.V8.V8HtmlRenderer>
    {
        public System.Collections.Concurrent.ConcurrentQueue<string> Messages { get; } = new();

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(Microsoft.Extensions.Logging.LogLevel logLevel) => true;

        public void Log<TState>(Microsoft.Extensions.Logging.LogLevel logLevel, Microsoft.Extensions.Logging.EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Messages.Enqueue(formatter(state, exception));
    }

    [Fact]
    public async Task Parallel_renders_share_the_pool()
    {
        using var harness = new RenderHarness(poolSize: 2);

        string[] pages = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => harness.RenderAsync(RenderHarness.Payload(Page()))));

        Assert.All(pages, html => Assert.Contains("Hello from C#", html, StringComparison.Ordinal));
        Assert.Single(pages.Select(RenderHarness.WithoutPayload).Distinct());
    }

    [Fact]
    public async Task Cancellation_stops_a_waiting_render_and_the_pool_renders_again()
    {
        using var harness = new RenderHarness(poolSize: 1);
        using var cancel = new CancellationTokenSource();
        var never = new TaskCompletionSource<Node?>();
        object payload = RenderHarness.Payload(RenderHarness.Document(new Gated { Output = never.Task }));

        Task render = harness.RenderAsync(payload, cancellationToken: cancel.Token);
        cancel.CancelAfter(200);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => render);
        Assert.Contains("Hello from C#", await harness.RenderAsync(RenderHarness.Payload(Page())), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_nonce_goes_on_reacts_scripts_and_the_payload_scripts()
    {
        using var harness = new RenderHarness();

        string html = await harness.RenderAsync(RenderHarness.Payload(Page()), nonce: "n0nce");

        Assert.Contains("<script nonce=\"n0nce\">(self.__useserver_f||=[]).push(null)</script>", html, StringComparison.Ordinal);
        Assert.Contains("nonce=\"n0nce\"", RenderHarness.WithoutPayload(html), StringComparison.Ordinal);
    }
}
