using UseServer.Components;
using UseServer.Flight;
using UseServer.Pages.Tests.Support;

namespace UseServer.Pages.Tests.Rendering;

/// <summary>
/// C# trees rendered to HTML by the V8 renderer give the HTML React gives for the same trees written as TSX and
/// rendered by React's own Flight server (test/fixtures-js/rsc-twin.mjs) and react-dom/server in Node.
/// </summary>
public sealed class TsxTwinTests
{
    public static TheoryData<string> Twins() => ["page", "components", "forms"];

    [Theory]
    [MemberData(nameof(Twins))]
    public async Task The_csharp_tree_renders_the_html_of_its_tsx_twin(string twin)
    {
        using var harness = new RenderHarness();

        string csharp = RenderHarness.WithoutPayload(await harness.RenderAsync(RenderHarness.Payload(Tree(twin))));
        string react = await ReactHtmlAsync(twin);

        Assert.Equal(react, csharp);
    }

    private static Node Tree(string twin) => twin switch
    {
        "page" => RenderHarness.Document(new Main
        {
            Children =
            [
                new H1 { Children = ["Hello from C#"] },
                new Counter { Label = "Clicks", Start = 3 },
                new Panel { Title = "Panel", Children = [new P { Children = ["inside ", new Strong { Children = ["the panel"] }] }] },
                new Ul { Children = [Node.List(new[] { "a", "b", "c" }.Select(x => new Li { Key = x, Children = [x] }))] },
            ],
        }),
        "components" => RenderHarness.Document(new Section
        {
            ClassName = "box",
            TestId = "greeting",
            Attributes = new Dictionary<string, object?> { ["aria-label"] = "Greeting" },
            Children =
            [
                new Greeting { Name = "Ada" },
                new Input { Name = "title", Required = true, MaxLength = 100 },
                new Label { HtmlFor = "title", Children = ["$ sign"] },
                new Fragment { Key = "f", Children = ["x", "1"] },
                new Suspense { Fallback = new P { Children = ["Loading…"] }, Children = [new Slow()] },
            ],
        }),
        "forms" => RenderHarness.Document(new ActionForm { Action = new ServerReference("counter.increment"), Permalink = "/counter" }),
        _ => throw new ArgumentOutOfRangeException(nameof(twin)),
    };

    private static async Task<string> ReactHtmlAsync(string twin) =>
        await NodeProcess.RenderHtmlAsync(await NodeProcess.RunAsync(["--conditions=react-server", "rsc-twin.mjs", twin, SsrApp.ManifestPath], input: []));

    private sealed class Greeting : Component
    {
        public required string Name { get; init; }

        protected override Node? Render(ComponentContext context) => new P { ClassName = "greeting", Children = ["Hello, ", Name, "!"] };
    }

    private sealed class Slow : Component
    {
        protected override async ValueTask<Node?> RenderAsync(ComponentContext context)
        {
            await Task.Delay(10, context.CancellationToken);
            return new Ul { Children = [new Li { Children = ["late"] }] };
        }
    }
}
