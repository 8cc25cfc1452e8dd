using System.Diagnostics;

namespace UseServer.Pages.Tests.Support;

/// <summary>
/// test/fixtures-js/ssr-app built once per test run with the @useserver/client/vite plugin (as an app is built): its
/// browser bundle, client-manifest.json and ssr.js under test/fixtures-js/.ssr-out.
/// </summary>
internal static class SsrApp
{
    private static readonly Lazy<string> s_built = new(Build, LazyThreadSafetyMode.ExecutionAndPublication);

    public static string FixturesDirectory { get; } = Locate();

    /// <summary>The server output folder (client-manifest.json, ssr.js).</summary>
    public static string ServerDirectory => s_built.Value;

    public static string ManifestPath => Path.Combine(ServerDirectory, "client-manifest.json");

    public static string BundlePath => Path.Combine(ServerDirectory, "ssr.js");

    public static string PublicDirectory => Path.Combine(FixturesDirectory, ".ssr-out", "public");

    private static string Build()
    {
        var start = new ProcessStartInfo("node", ["../node_modules/vite/bin/vite.js", "build"])
        {
            WorkingDirectory = Path.Combine(FixturesDirectory, "ssr-app"),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using Process process = Process.Start(start)!;
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)) || process.ExitCode != 0)
        {
            throw new InvalidOperationException("Building test/fixtures-js/ssr-app failed: " + output.Result + errors.Result);
        }

        return Path.Combine(FixturesDirectory, ".ssr-out", "server");
    }

    private static string Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "test", "fixtures-js");
            if (File.Exists(Path.Combine(candidate, "package.json")))
            {
                return Directory.Exists(Path.Combine(candidate, "node_modules", "vite"))
                    ? candidate
                    : throw new InvalidOperationException($"{candidate}/node_modules is missing: run `npm ci` in test/fixtures-js (eng/test.sh does).");
            }
        }

        throw new InvalidOperationException("test/fixtures-js was not found above " + AppContext.BaseDirectory);
    }
}
