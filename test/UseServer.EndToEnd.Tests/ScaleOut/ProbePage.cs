using UseServer.EndToEnd.Tests.Hosting;

namespace UseServer.EndToEnd.Tests.ScaleOut;

/// <summary>
/// Writes the probe page (<c>index.html</c> + <c>probe.js</c>) into a published app's static files: <c>Probe/probe.ts</c>
/// bundled by esbuild (the one the sample's Vite brings) with the npm client from <c>src/client</c> and the sample's
/// generated stubs as they are right now, i.e. those of the build just published.
/// </summary>
public static class ProbePage
{
    /// <summary>Where the test opens it, under the app's origin.</summary>
    public const string Path = "/probe/index.html";

    public static async Task WriteAsync(string folder, CancellationToken cancellationToken)
    {
        string root = Processes.RepositoryRoot();
        string clientApp = System.IO.Path.Combine(root, "samples", "Notes", "ClientApp");
        string nodeModules = System.IO.Path.Combine(clientApp, "node_modules");
        string entry = System.IO.Path.Combine(AppContext.BaseDirectory, "ScaleOut", "Probe", "probe.ts");
        Directory.CreateDirectory(folder);
        (int exitCode, string output) = await Processes.RunCaptureAsync(
            "/usr/bin/env",
            [
                "NODE_PATH=" + nodeModules, System.IO.Path.Combine(nodeModules, ".bin", "esbuild"), entry,
                "--bundle", "--format=esm", "--minify", "--log-level=warning",
                "--outfile=" + System.IO.Path.Combine(folder, "probe.js"),
                "--define:process.env.NODE_ENV=\"production\"",
                "--alias:@useserver/client=" + System.IO.Path.Combine(root, "src", "client", "src", "index.ts"),
                "--alias:@notes/server-functions=" + System.IO.Path.Combine(clientApp, "src", "server-functions", "index.ts"),
            ],
            root,
            cancellationToken);
        if (exitCode != 0)
        {
            throw new InvalidOperationException("esbuild failed for the probe page:\n" + output);
        }

        // A new script URL per build (as Vite's hashed names are): a reload after a deploy never runs a cached old script.
        await File.WriteAllTextAsync(
            System.IO.Path.Combine(folder, "index.html"),
            "<!doctype html><html><head><meta charset=\"utf-8\"><title>probe</title></head><body>"
            + $"<script type=\"module\" src=\"probe.js?build={Guid.NewGuid():N}\"></script></body></html>",
            cancellationToken);
    }
}
