using System.Text;
using UseServer.Conformance.Tests.Support;

namespace UseServer.Conformance.Tests.Rendering;

/// <summary>
/// The render harness against React's own reading of the minimal element payload (a client reference as an element type):
/// a client component through an I row, a server reference prop and a bound form action. This pins what
/// the element tests of the C# writer must produce.
/// </summary>
public sealed class ReferencePayloadRenderTests(RenderWorker worker) : IClassFixture<RenderWorker>
{
    private const string Payload =
        "1:I[\"./app/Counter.js\",[\"chunk-counter\",\"static/chunks/counter.js\"],\"Counter\"]\n" +
        "2:{\"id\":\"abc123#increment\",\"bound\":null}\n" +
        "3:{\"id\":\"abc123#increment\",\"bound\":\"$@4\"}\n" +
        "4:[41]\n" +
        "0:[\"$\",\"div\",null,{\"id\":\"root\",\"children\":[[\"$\",\"$L1\",\"c1\",{\"initial\":1,\"onIncrement\":\"$h2\"}]," +
        "[\"$\",\"form\",null,{\"action\":\"$h3\",\"children\":[\"$\",\"button\",null,{\"children\":\"Go\"}]}]]}]\n";

    public static TheoryData<string, string> Clients() => new()
    {
        { "edge", "production" },
        { "edge", "development" },
        { "node", "production" },
        { "node", "development" },
    };

    [Theory]
    [MemberData(nameof(Clients))]
    public async Task Renders_client_component_and_form_action(string client, string build)
    {
        var rendered = await worker.RenderAsync(Encoding.UTF8.GetBytes(Payload), client, build);
        string html = rendered.GetProperty("html").GetString()!;
        Assert.StartsWith("<div id=\"root\"><button data-initial=\"1\" data-has-action=\"yes\">Counter 1</button><form", html, StringComparison.Ordinal);
        Assert.Contains("{&quot;id&quot;:&quot;abc123#increment&quot;,&quot;bound&quot;:&quot;$@1&quot;}", html, StringComparison.Ordinal);
        Assert.Contains("value=\"[41]\"", html, StringComparison.Ordinal);
        Assert.Equal(
            [
                new ServerCall("$.props.children[0].props.onIncrement", "abc123#increment", "[\"probe\"]"),
                new ServerCall("$.props.children[1].props.action", "abc123#increment", "[41,\"probe\"]"),
            ],
            ServerCall.From(rendered));
    }
}
