using System.Text.Json;
using Microsoft.Extensions.Hosting;

namespace UseServer.Pages.Development;

/// <summary>
/// Whether this app runs with the dev server, and the files it reads then: decided once, when the app starts, from
/// <see cref="DevServerOptions"/> and the environment. Outside Development it is never active.
/// </summary>
internal sealed class DevServerSettings
{
    private DevServerSettings(bool active, string clientDirectory, string outputDirectory, DevServerOptions options)
    {
        Active = active;
        ClientDirectory = clientDirectory;
        OutputDirectory = outputDirectory;
        Options = options;
    }

    public bool Active { get; }

    public string ClientDirectory { get; }

    /// <summary>Where the plugin writes the dev manifest and server bundle.</summary>
    public string OutputDirectory { get; }

    public string ManifestPath => Path.Combine(OutputDirectory, "client-manifest.json");

    public string SsrBundlePath => Path.Combine(OutputDirectory, "ssr.js");

    public DevServerOptions Options { get; }

    public static DevServerSettings Resolve(PageOptions options, IHostEnvironment environment)
    {
        DevServerOptions dev = options.DevServer;
        string root = environment.ContentRootPath;
        string clientDirectory = Path.GetFullPath(Path.Combine(root, dev.ClientPath));
        string outputDirectory = dev.OutputPath is { } output
            ? Path.GetFullPath(Path.Combine(root, output))
            : Path.Combine(clientDirectory, "node_modules", ".useserver");
        bool active = environment.IsDevelopment() && (dev.Enabled ?? HasDevScript(clientDirectory));
        if (active && !Directory.Exists(clientDirectory))
        {
            throw new InvalidOperationException(
                $"PageOptions.DevServer.Enabled is true but the client folder '{clientDirectory}' does not exist: set PageOptions.DevServer.ClientPath.");
        }

        return new DevServerSettings(active, clientDirectory, outputDirectory, dev);
    }

    /// <summary>Whether the folder's package.json has a <c>dev</c> script (the default trigger).</summary>
    internal static bool HasDevScript(string clientDirectory)
    {
        string packageJson = Path.Combine(clientDirectory, "package.json");
        if (!File.Exists(packageJson))
        {
            return false;
        }

        try
        {
            using JsonDocument document = JsonDocument.Parse(File.ReadAllBytes(packageJson));
            return document.RootElement.TryGetProperty("scripts", out JsonElement scripts) &&
                scripts.ValueKind == JsonValueKind.Object &&
                scripts.TryGetProperty("dev", out JsonElement devScript) &&
                devScript.ValueKind == JsonValueKind.String;
        }
        catch (JsonException)
        {
            return false; // not ours to report: npm will
        }
    }
}
