using System.Text.Json;

namespace UseServer.Pages.Manifest;

/// <summary>
/// What the client build (the <c>@useserver/client/vite</c> plugin) wrote to <c>client-manifest.json</c>: the
/// browser entry, its styles, and every <c>"use client"</c> export by <c>"moduleId#export"</c>.
/// </summary>
internal sealed class ClientManifest
{
    /// <summary>The manifest format this version reads.</summary>
    public const int SupportedVersion = 1;

    public required IReadOnlyList<string> BootstrapModules { get; init; }

    public required IReadOnlyList<string> Styles { get; init; }

    public required IReadOnlyDictionary<string, ClientManifestEntry> Components { get; init; }

    /// <summary>Reads and checks a manifest; every problem is an <see cref="InvalidOperationException"/> naming the file.</summary>
    public static ClientManifest Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new InvalidOperationException(
                $"The client manifest '{path}' does not exist. Build the client app (its Vite config must use the @useserver/client/vite plugin) or set PageOptions.ManifestPath.");
        }

        try
        {
            using FileStream stream = File.OpenRead(path);
            using JsonDocument document = JsonDocument.Parse(stream);
            return Parse(document.RootElement);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or FormatException)
        {
            throw new InvalidOperationException($"The client manifest '{path}' is not valid: {e.Message}", e);
        }
    }

    internal static ClientManifest Parse(JsonElement root)
    {
        if (root.GetProperty("version").GetInt32() != SupportedVersion)
        {
            throw new FormatException($"version must be {SupportedVersion}.");
        }

        var components = new Dictionary<string, ClientManifestEntry>(StringComparer.Ordinal);
        foreach (JsonProperty component in root.GetProperty("components").EnumerateObject())
        {
            JsonElement entry = component.Value;
            string[] chunks = Strings(entry.GetProperty("chunks"));
            if (chunks.Length % 2 != 0)
            {
                throw new FormatException($"'{component.Name}': chunks must be [chunkId, url] pairs.");
            }

            components[component.Name] = new ClientManifestEntry(
                entry.GetProperty("id").GetString() ?? throw new FormatException($"'{component.Name}': id must be a string."),
                chunks,
                entry.GetProperty("name").GetString() ?? throw new FormatException($"'{component.Name}': name must be a string."));
        }

        return new ClientManifest
        {
            BootstrapModules = Strings(root.GetProperty("bootstrapModules")),
            Styles = root.TryGetProperty("styles", out JsonElement styles) ? Strings(styles) : [],
            Components = components,
        };
    }

    private static string[] Strings(JsonElement array) =>
        [.. array.EnumerateArray().Select(static e => e.GetString() ?? throw new FormatException("Expected a string."))];
}

/// <summary>One client component export: what the server writes into its <c>I</c> row (docs/protocol.md, "Responses: Flight").</summary>
internal sealed record ClientManifestEntry(string Id, IReadOnlyList<string> Chunks, string Name);
