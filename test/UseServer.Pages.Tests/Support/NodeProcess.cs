using System.Diagnostics;

namespace UseServer.Pages.Tests.Support;

/// <summary>Runs a script of test/fixtures-js in Node with React's production builds: bytes in, bytes out.</summary>
internal static class NodeProcess
{
    public static async Task<byte[]> RunAsync(string[] arguments, byte[] input)
    {
        var start = new ProcessStartInfo("node", arguments)
        {
            WorkingDirectory = SsrApp.FixturesDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["NODE_ENV"] = "production" }, // React's production builds, as the server bundle's
        };
        using Process process = Process.Start(start)!;
        await process.StandardInput.BaseStream.WriteAsync(input);
        process.StandardInput.Close();
        using var output = new MemoryStream();
        Task copy = process.StandardOutput.BaseStream.CopyToAsync(output);
        string errors = await process.StandardError.ReadToEndAsync();
        await copy;
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, errors);
        return output.ToArray();
    }

    /// <summary>The fixture app's ssr.js rendering <paramref name="flight"/> in Node (test/fixtures-js/ssr-node.mjs).</summary>
    public static async Task<string> RenderHtmlAsync(byte[] flight)
    {
        string options = "{\"bootstrapModules\":[\"" + RenderHarness.BootstrapModules[0] + "\"]}";
        return System.Text.Encoding.UTF8.GetString(await RunAsync(["ssr-node.mjs", SsrApp.BundlePath, options], flight));
    }
}
