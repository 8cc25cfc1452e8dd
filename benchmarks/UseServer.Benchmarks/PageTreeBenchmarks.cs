using System.Globalization;
using System.IO.Pipelines;
using System.Text.Json;
using System.Text.Json.Serialization;
using BenchmarkDotNet.Attributes;
using UseServer.Components;
using UseServer.Components.Rendering;
using UseServer.Flight;
using UseServer.Flight.Writing;
using UseServer.Pages;

namespace UseServer.Benchmarks;

/// <summary>
/// The managed half of a page request: a server component tree in the shape of the Notes sample's list (100 notes,
/// each an <c>li</c> with the Pages host's <see cref="PageLink"/>, spans and a time; about 700 elements) converted to its Flight value
/// (<see cref="Convert"/>) and then written as Flight (<see cref="ConvertAndWrite"/>), as the Pages host does before
/// React renders the HTML. No database and no V8: what the C# side costs per page.
/// </summary>
[MemoryDiagnoser]
public class PageTreeBenchmarks
{
    private static readonly ClientReference s_link = new("@useserver/client/link", ["@useserver/client/link", "/assets/link.js"], "Link");
    private readonly FlightWriterOptions _writerOptions = new() { JsonOptions = ReadOnlyOptions() };
    private ComponentRenderContext _context = null!;
    private Node _tree = null!;

    [GlobalSetup]
    public void Setup()
    {
        _context = new ComponentRenderContext { Services = EmptyServices.Instance, ClientComponents = new LinkResolver() };
        DateTime created = new(2026, 12, 7, 12, 0, 0, DateTimeKind.Utc);
        _tree = new Section
        {
            ClassName = "card notes",
            Attributes = new Dictionary<string, object?> { ["aria-labelledby"] = "notes-title" },
            Children =
            [
                new H2 { Id = "notes-title", Children = ["Notes ", new Span { ClassName = "count", TestId = "note-count", Children = [100] }] },
                new Ul
                {
                    ClassName = "note-list",
                    TestId = "note-list",
                    Children = [Node.List(Enumerable.Range(1, 100).Select(id => Item(id, created.AddMinutes(id))))],
                },
            ],
        };
    }

    [Benchmark]
    public object? Convert() => ComponentTree.ToFlightValue(_tree, _context);

    [Benchmark]
    public Task ConvertAndWrite()
    {
        var writer = PipeWriter.Create(Stream.Null, new StreamPipeWriterOptions(leaveOpen: true));
        return FlightSerializer.WriteAsync(writer, ComponentTree.ToFlightValue(_tree, _context), _writerOptions);
    }

    /// <summary>Read-only, as the host's options are once the app runs: their type metadata is then cached.</summary>
    private static JsonSerializerOptions ReadOnlyOptions()
    {
        var options = new JsonSerializerOptions { TypeInfoResolver = PageTreeJson.Default };
        options.MakeReadOnly();
        return options;
    }

    private static Li Item(int id, DateTime created) => new()
    {
        Key = id.ToString(CultureInfo.InvariantCulture),
        ClassName = "note",
        TestId = "note-item",
        Attributes = new Dictionary<string, object?> { ["data-note-id"] = id },
        Children =
        [
            new Div
            {
                ClassName = "note-main",
                Children =
                [
                    new PageLink
                    {
                        Href = "/notes/" + id.ToString(CultureInfo.InvariantCulture),
                        ClassName = "note-link",
                        TestId = "note-link",
                        Children = [new Span { ClassName = "note-title", TestId = "note-title", Children = ["Note " + id.ToString(CultureInfo.InvariantCulture)] }],
                    },
                    new Time
                    {
                        ClassName = "note-date",
                        TestId = "note-created",
                        DateTime = created.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
                        Children = [created.ToString("d MMM yyyy, HH:mm 'UTC'", CultureInfo.InvariantCulture)],
                    },
                ],
            },
            null,
        ],
    };

    private sealed class LinkResolver : IClientComponentResolver
    {
        public ClientReference Resolve(Type componentType) => s_link;
    }

    private sealed class EmptyServices : IServiceProvider
    {
        public static readonly EmptyServices Instance = new();

        public object? GetService(Type serviceType) => null;
    }
}

[JsonSerializable(typeof(object[]))]
internal sealed partial class PageTreeJson : JsonSerializerContext;
