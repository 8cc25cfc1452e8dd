using System.Text.Json;
using System.Text.Json.Serialization;

namespace UseServer.Benchmarks;

// The CLR parameter types a server function would declare for the benchmark payloads (benchmarks/node/values.mjs).

/// <summary>medium: one notebook with an owner, tags and 14 items.</summary>
public sealed record Notebook([property: JsonPropertyName("notebook")] string Name, Owner Owner, string[] Tags, List<NotebookItem> Items);

/// <summary>The notebook's owner.</summary>
public sealed record Owner(string Name, string Email);

/// <summary>One item of <see cref="Notebook"/>.</summary>
public sealed record NotebookItem(int Id, string Title, bool Done, double Score);

/// <summary>large: 400 notes (Dates, bigints, Sets), a 200-entry Map and 16 KB of bytes.</summary>
public sealed record LargeArgument(List<Note> Notes, Dictionary<string, IndexEntry> Index, byte[] Blob);

/// <summary>One note of <see cref="LargeArgument"/>.</summary>
public sealed record Note(int Id, string Title, DateTime Created, long Size, List<string> Tags, NoteMeta Meta);

/// <summary>A note's metadata (its <c>nothing: undefined</c> is left out, as JSON does).</summary>
public sealed record NoteMeta(bool Pinned, double Ratio, string Label);

/// <summary>One entry of the Map.</summary>
public sealed record IndexEntry(int N, DateTime At);

/// <summary>Source-generated metadata, as an AOT app has it.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(Notebook))]
[JsonSerializable(typeof(LargeArgument))]
internal sealed partial class BindingTypesContext : JsonSerializerContext;
