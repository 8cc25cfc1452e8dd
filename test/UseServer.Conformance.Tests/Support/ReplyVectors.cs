using System.Text.Json;

namespace UseServer.Conformance.Tests.Support;

/// <summary>The committed reply fixtures (Fixtures/reply-vectors.{dev,prod}.json), made by test/fixtures-js/gen-vectors.mjs.</summary>
internal static class ReplyVectors
{
    private static readonly Dictionary<string, Lazy<Dictionary<string, JsonElement>>> Files = new()
    {
        ["dev"] = new(() => Load("dev")),
        ["prod"] = new(() => Load("prod")),
    };

    /// <summary>The vector <paramref name="name"/> of the dev or prod file.</summary>
    public static JsonElement Get(string build, string name) => Files[build].Value[name];

    /// <summary>The names of every vector that has a body (encodeReply accepted the value), in file order.</summary>
    public static IEnumerable<string> NamesWithBody(string build) =>
        Files[build].Value.Where(v => v.Value.TryGetProperty("body", out _)).Select(v => v.Key);

    /// <summary>The names of every vector encodeReply refused.</summary>
    public static IEnumerable<string> RefusedNames(string build) =>
        Files[build].Value.Where(v => v.Value.TryGetProperty("error", out _)).Select(v => v.Key);

    private static Dictionary<string, JsonElement> Load(string build)
    {
        string file = Path.Combine(AppContext.BaseDirectory, "Fixtures", $"reply-vectors.{build}.json");
        using var doc = JsonDocument.Parse(File.ReadAllBytes(file));
        return doc.RootElement.GetProperty("vectors").EnumerateArray()
            .ToDictionary(v => v.GetProperty("name").GetString()!, v => v.Clone(), StringComparer.Ordinal);
    }
}
