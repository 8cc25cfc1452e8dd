using System.Text.Json;
using UseServer.Conformance.Tests.Support;
using UseServer.Flight;
using UseServer.Flight.Writing;

namespace UseServer.Conformance.Tests.Rendering;

/// <summary>
/// Elements the C# writer emits (host elements, a client component through an I row, keys, fragments,
/// server references as props and as a bound form action) render with react-dom/server after React's
/// SSR clients (client.edge and client.node, production and development) decode them, and calling the
/// decoded server references reaches callServer with the right id and bound args.
/// </summary>
public sealed class ElementRenderTests(RenderWorker worker) : IClassFixture<RenderWorker>
{
    // Lists of children are object[]: the writer takes their metadata from JsonOptions (reflection is fine in tests).
    private static readonly FlightWriterOptions Options = new() { DetailedErrors = true, JsonOptions = JsonSerializerOptions.Default };
    private static readonly ClientReference Counter = new("./app/Counter.js", ["chunk-counter", "static/chunks/counter.js"], "Counter");
    private static readonly ClientReference Label = new("./app/Counter.js", ["chunk-counter", "static/chunks/counter.js"], "Label");

    public static TheoryData<string, string> Clients() => new()
    {
        { "edge", "production" },
        { "edge", "development" },
        { "node", "production" },
        { "node", "development" },
    };

    private static Dictionary<string, object?> Props(params (string Key, object? Value)[] props) =>
        props.ToDictionary(p => p.Key, p => p.Value);

    [Theory]
    [MemberData(nameof(Clients))]
    public async Task Client_component_and_bound_form_action_render_and_call_the_server(string client, string build)
    {
        var increment = new ServerReference("abc123#increment");
        var tree = new ReactElement("div", Props(
            ("id", "root"),
            ("children", new object[]
            {
                new ReactElement(Counter, "c1", Props(("initial", 1), ("onIncrement", increment))),
                new ReactElement("form", Props(
                    ("action", new ServerReference("abc123#increment", [41])),
                    ("children", new ReactElement("button", Props(("children", "Go")))))),
            })));

        var rendered = await worker.RenderAsync(await FlightBytes.WriteAsync(tree, Options), client, build);

        string html = rendered.GetProperty("html").GetString()!;
        Assert.StartsWith("<div id=\"root\"><button data-initial=\"1\" data-has-action=\"yes\">Counter 1</button><form", html, StringComparison.Ordinal);
        Assert.Contains("{&quot;id&quot;:&quot;abc123#increment&quot;,&quot;bound&quot;:&quot;$@1&quot;}", html, StringComparison.Ordinal);
        Assert.Contains("value=\"[41]\"", html, StringComparison.Ordinal);
        Assert.EndsWith("<button>Go</button></form></div>", html, StringComparison.Ordinal);
        Assert.Equal(
            [
                new ServerCall("$.props.children[0].props.onIncrement", "abc123#increment", "[\"probe\"]"),
                new ServerCall("$.props.children[1].props.action", "abc123#increment", "[41,\"probe\"]"),
            ],
            ServerCall.From(rendered));
    }

    [Theory]
    [MemberData(nameof(Clients))]
    public async Task Fixed_children_render_alike_in_both_element_forms_and_only_the_development_form_keeps_the_key_warning_away(string client, string build)
    {
        // Fixed children (JSX's <ul><li/><li/></ul>, what the component tree marks StaticChild) need no keys. The
        // production form is what React's production server writes; the development form adds the "validated" mark
        // that React's development client reads so react-dom/server does not warn about keys.
        ReactElement Tree()
        {
            var first = new ReactElement("li", Props(("children", "one"))) { StaticChild = true };
            var second = new ReactElement("li", Props(("children", new ReactElement(Label, Props(("text", "two")))))) { StaticChild = true };
            return new ReactElement("ul", Props(("children", new object[] { first, second })));
        }

        byte[] production = await FlightBytes.WriteAsync(Tree(), Options);
        byte[] development = await FlightBytes.WriteAsync(Tree(), new FlightWriterOptions { DetailedErrors = true, JsonOptions = JsonSerializerOptions.Default, DevelopmentElements = true });

        Assert.Contains("[\"$\",\"li\",null,{\"children\":\"one\"}]", System.Text.Encoding.UTF8.GetString(production), StringComparison.Ordinal);
        Assert.Contains("[\"$\",\"li\",null,{\"children\":\"one\"},null,null,1]", System.Text.Encoding.UTF8.GetString(development), StringComparison.Ordinal);
        const string Html = "<ul><li>one</li><li><span class=\"label\">two</span></li></ul>";
        JsonElement fromDevelopment = await worker.RenderAsync(development, client, build);
        Assert.Equal(Html, fromDevelopment.GetProperty("html").GetString());
        Assert.DoesNotContain(fromDevelopment.GetProperty("warnings").EnumerateArray(), w => w.GetString()!.Contains("\"key\" prop", StringComparison.Ordinal));
        JsonElement fromProduction = await worker.RenderAsync(production, client, build);
        Assert.Equal(Html, fromProduction.GetProperty("html").GetString());
        bool warned = fromProduction.GetProperty("warnings").EnumerateArray().Any(w => w.GetString()!.Contains("\"key\" prop", StringComparison.Ordinal));
        Assert.Equal(build == "development", warned); // why Development keeps the development form
    }

    [Theory]
    [MemberData(nameof(Clients))]
    public async Task Keys_fragments_suspense_and_text_render_exactly(string client, string build)
    {
        var items = Enumerable.Range(1, 3)
            .Select(i => (object)new ReactElement("li", $"k{i}", Props(("children", $"$item {i} <&>"))))
            .ToArray();
        var tree = new ReactElement(ReactSymbols.Fragment, Props(("children", new object[]
        {
            new ReactElement("ul", Props(("className", "list"), ("children", items))),
            new ReactElement(ReactSymbols.Suspense, Props(
                ("fallback", "loading"),
                ("children", new ReactElement(Label, Props(("text", "$label")))))),
            new ReactElement("p", Props(("hidden", true), ("data-n", 2.5), ("children", "\u00e9 \u2028 \"q\""))),
        })));

        var rendered = await worker.RenderAsync(await FlightBytes.WriteAsync(tree, Options), client, build);

        Assert.Equal(
            "<ul class=\"list\"><li>$item 1 &lt;&amp;&gt;</li><li>$item 2 &lt;&amp;&gt;</li><li>$item 3 &lt;&amp;&gt;</li></ul>" +
            "<!--$--><span class=\"label\">$label</span><!--/$--><p hidden=\"\" data-n=\"2.5\">\u00e9 \u2028 &quot;q&quot;</p>",
            rendered.GetProperty("html").GetString());
        Assert.Empty(ServerCall.From(rendered));
    }
}
