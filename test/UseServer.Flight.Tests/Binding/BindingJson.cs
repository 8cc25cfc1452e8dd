using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace UseServer.Flight.Tests.Binding;

public sealed record Address(string Street, string City);

public sealed record Person(string Name, int Age, Address? Home, List<string> Tags);

public sealed record TreeNode(string Label, List<TreeNode> Children);

public sealed class Settings
{
    public string Theme { get; set; } = "light";

    public required int Size { get; init; }

    public Dictionary<string, int>? Counts { get; set; }

    public Dictionary<int, string>? Names { get; set; }

    public DateTime? When { get; set; }

    public byte[]? Data { get; set; }

    public float[]? Weights { get; set; }

    public long Big { get; set; }

    public double Ratio { get; set; }

    public List<int>? Unique { get; set; }
}

public readonly record struct Point(int X, int Y);

/// <summary>Tagged scalars in members the binder from tokens reads: Dates, bigints and <c>$$</c> strings.</summary>
public sealed record Stamp(DateTime At, DateTime? Maybe, long Big, int Small, string Label);

/// <summary>A member with a converter of its own: System.Text.Json binds it, never the binder from tokens.</summary>
public sealed record WithConverter([property: JsonConverter(typeof(JsonStringEnumConverter<DayOfWeek>))] DayOfWeek Day, string Name);

/// <summary>Metadata produced at compile time, as an AOT app would have it.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, RespectNullableAnnotations = true, RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(Person))]
[JsonSerializable(typeof(TreeNode))]
[JsonSerializable(typeof(Settings))]
[JsonSerializable(typeof(Point))]
[JsonSerializable(typeof(Stamp))]
internal sealed partial class BindingJsonContext : JsonSerializerContext;

internal static class BindingJson
{
    /// <summary>Metadata by reflection, with the same settings as <see cref="BindingJsonContext"/>.</summary>
    public static readonly JsonSerializerOptions ReflectionOptions = new(JsonSerializerDefaults.Web)
    {
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
    };

    /// <summary>Web defaults by reflection: nullability and required constructor parameters not enforced.</summary>
    public static readonly JsonSerializerOptions LenientOptions = new(JsonSerializerDefaults.Web) { TypeInfoResolver = new DefaultJsonTypeInfoResolver() };

    public static JsonSerializerOptions GeneratedOptions => BindingJsonContext.Default.Options;
}
