using System.IO.Pipelines;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using UseServer.Components.Rendering;
using UseServer.Flight;
using UseServer.Flight.Writing;

namespace UseServer.Components.Tests;

/// <summary>The Flight output of component trees, locked by golden files (UPDATE_BASELINES=1 rewrites them and fails).</summary>
public sealed class TreeFlightTests
{
    [Fact]
    public async Task Host_elements_attributes_text_and_keys()
    {
        Node tree = new Section
        {
            ClassName = "box",
            TestId = "greeting",
            Attributes = new Dictionary<string, object?> { ["aria-label"] = "Greeting" },
            Children =
            [
                new H1 { Children = ["Hello, ", "Ada"] },
                new Ul { Children = [Node.List(new[] { "a", "b" }.Select(x => new Li { Key = x, Children = [x] }))] },
                new Input { Name = "title", MaxLength = 100, Required = true },
                new Label { HtmlFor = "title", Children = ["$ sign escapes"] },
                new Fragment { Key = "f", Children = ["x", 1] },
            ],
        };

        await VerifyAsync(tree, "host-elements");
    }

    [Fact]
    public async Task Development_elements_mark_fixed_children_validated()
    {
        // The same tree in React's development form: fixed children carry ",null,null,1" (owner, stack, validated),
        // list items with keys do not (the production form is host-elements.flight.txt).
        Node tree = new Section
        {
            Children =
            [
                new H1 { Children = ["Hello, ", "Ada"] },
                new Ul { Children = [Node.List(new[] { "a", "b" }.Select(x => new Li { Key = x, Children = [x] }))] },
                new P { Children = [new Strong { Children = ["fixed"] }, new Em { Children = ["children"] }] },
            ],
        };

        await VerifyAsync(tree, "development-elements", developmentElements: true);
    }

    [Fact]
    public async Task Components_run_and_only_their_output_is_sent()
    {
        await VerifyAsync(new Greeting { Name = "Ada" }, "component-output");
    }

    [Fact]
    public async Task Async_components_inside_suspense_stream_as_lazy_rows()
    {
        var gate = new TaskCompletionSource<Node?>(TaskCreationOptions.RunContinuationsAsynchronously);
        Node tree = new Main
        {
            Children =
            [
                new H1 { Children = ["Notes"] },
                new Suspense { Fallback = new P { Children = ["Loading…"] }, Children = [new Slow { Output = gate.Task }] },
            ],
        };

        var pipe = new Pipe();
        Task writing = RenderAsync(pipe.Writer, tree).ContinueWith(_ => pipe.Writer.Complete(), TaskScheduler.Default);
        gate.SetResult(new Ul { Children = [new Li { Children = ["late"] }] });
        await writing;
        Verify(await ReadAllAsync(pipe.Reader), "suspense-lazy");
    }

    [Fact]
    public async Task Client_components_are_imports_with_props_and_server_references()
    {
        Node tree = new Div
        {
            Children =
            [
                new Counter { Label = "Add", Start = 3, OnIncrement = new ServerReference("counter.increment"), Children = [new Strong { Children = ["inside"] }] },
                new Counter { Label = "Again" },
            ],
        };

        await VerifyAsync(tree, "client-components");
    }

    [Fact]
    public async Task A_component_that_throws_becomes_an_error_row_where_it_was()
    {
        await VerifyAsync(new Div { Children = ["before", new Throws()] }, "component-error");
    }

    [Fact]
    public void Unresolvable_client_components_and_missing_resolvers_fail_the_render()
    {
        var context = new ComponentRenderContext { Services = new Services() };

        Assert.Throws<InvalidOperationException>(() => ComponentTree.ToFlightValue(new Counter(), context));
    }

    private static async Task VerifyAsync(Node tree, string name, bool developmentElements = false)
    {
        var pipe = new Pipe();
        await RenderAsync(pipe.Writer, tree, developmentElements);
        await pipe.Writer.CompleteAsync();
        Verify(await ReadAllAsync(pipe.Reader), name);
    }

    /// <summary>What a host does with a tree (the Pages renderer, a server function result): its Flight value, written.</summary>
    private static Task RenderAsync(PipeWriter output, Node tree, bool developmentElements = false)
    {
        ComponentRenderContext context = Context();
        return FlightSerializer.WriteAsync(output, ComponentTree.ToFlightValue(tree, context), Options(developmentElements), context.CancellationToken);
    }

    private static FlightWriterOptions Options(bool developmentElements = false) => new()
    {
        ErrorDigest = "digest",
        DevelopmentElements = developmentElements,
        JsonOptions = new JsonSerializerOptions(JsonSerializerDefaults.Web) { TypeInfoResolver = new DefaultJsonTypeInfoResolver() },
    };

    private static ComponentRenderContext Context() => new() { Services = new Services(), ClientComponents = new Resolver() };

    private static async Task<string> ReadAllAsync(PipeReader reader)
    {
        using var stream = new MemoryStream();
        await reader.CopyToAsync(stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Verify(string actual, string name, [CallerFilePath] string source = "")
    {
        string path = Path.Combine(Path.GetDirectoryName(source)!, "Golden", name + ".flight.txt");
        if (Environment.GetEnvironmentVariable("UPDATE_BASELINES") == "1")
        {
            File.WriteAllText(path, actual);
            Assert.Fail("Baseline " + name + " rewritten; rerun without UPDATE_BASELINES.");
        }

        Assert.True(File.Exists(path), "No baseline " + path + "; run with UPDATE_BASELINES=1.");
        Assert.Equal(File.ReadAllText(path), actual);
    }

    private sealed class Greeting : Component
    {
        public required string Name { get; init; }

        protected override Node? Render(ComponentContext context) =>
            new P { ClassName = "greeting", Children = ["Hello, ", Name, "!"] };
    }

    private sealed class Slow : Component
    {
        public required Task<Node?> Output { get; init; }

        protected override async ValueTask<Node?> RenderAsync(ComponentContext context) => await Output;
    }

    private sealed class Throws : Component
    {
        protected override Node? Render(ComponentContext context) => throw new InvalidOperationException("component-secret");
    }

    [ClientComponent("src/Counter.tsx")]
    private sealed class Counter : ClientComponent
    {
        public string? Label { get; init; }

        public int? Start { get; init; }

        public ServerReference? OnIncrement { get; init; }

        public IReadOnlyList<Node>? Children { get; init; }
    }

    private sealed class Resolver : IClientComponentResolver
    {
        public ClientReference Resolve(Type componentType) =>
            new("src/Counter.tsx", ["src/Counter.tsx", "/assets/Counter-1a2b.js"], componentType.Name);
    }

    private sealed class Services : IServiceProvider
    {
        public object? GetService(Type serviceType) => null;
    }
}
