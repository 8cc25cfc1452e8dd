using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using UseServer.Pages.Development;

namespace UseServer.Pages.Tests.Development;

/// <summary>
/// The dev server's process, with a stand-in for <c>npm run dev</c> (a Node script behind a shell, so there is a
/// process tree): startup waits for the manifest of its own session, a failed start says so, and stopping the app
/// ends the whole tree.
/// </summary>
public sealed class DevServerProcessTests : IDisposable
{
    private const string FakeDevServer = """
        import { mkdirSync, writeFileSync } from "node:fs";
        import path from "node:path";
        const out = process.env.USESERVER_DEV_OUT;
        if (process.argv[2] === "fail") { console.error("no vite here"); process.exit(3); }
        mkdirSync(out, { recursive: true });
        writeFileSync(path.join(out, "node.pid"), String(process.pid));
        if (process.argv[2] === "silent") { setInterval(() => {}, 1000); } else
        setTimeout(() => {
          writeFileSync(path.join(out, "ssr.js"), "// the server bundle");
          const dev = { origin: "http://127.0.0.1:5999", session: process.env.USESERVER_DEV_SESSION, pid: process.pid };
          writeFileSync(path.join(out, "client-manifest.json"), JSON.stringify({ version: 1, bootstrapModules: [], styles: [], components: {}, dev }));
        }, 300);
        setInterval(() => {}, 1000);
        """;

    private readonly string _root = Directory.CreateTempSubdirectory("dev-server-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task Startup_waits_for_the_manifest_of_its_own_start_and_stopping_ends_the_process_tree()
    {
        DevServerSettings settings = Settings("");
        Directory.CreateDirectory(settings.OutputDirectory);
        // A manifest left by an earlier start: not this one's.
        File.WriteAllText(settings.ManifestPath, "{\"version\":1,\"bootstrapModules\":[],\"components\":{},\"dev\":{\"origin\":\"http://stale\",\"session\":\"old\"}}");
        File.WriteAllText(settings.SsrBundlePath, "// old");
        await using var server = new DevServer(settings, NullLogger<DevServer>.Instance);

        await server.StartAsync(CancellationToken.None);

        Assert.Equal("http://127.0.0.1:5999", server.Origin);
        using Process node = Process.GetProcessById(int.Parse(File.ReadAllText(Path.Combine(settings.OutputDirectory, "node.pid")), System.Globalization.CultureInfo.InvariantCulture));
        Assert.False(node.HasExited);

        await server.StopAsync(CancellationToken.None);

        Assert.True(node.WaitForExit(TimeSpan.FromSeconds(10)), "the dev server's child process outlived the app");
    }

    [Fact]
    public async Task A_dev_server_that_exits_before_it_is_ready_stops_the_app_with_its_exit_code()
    {
        await using var server = new DevServer(Settings(" fail"), NullLogger<DevServer>.Instance);

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => server.StartAsync(CancellationToken.None));

        Assert.Contains("exited with code 3", failure.Message, StringComparison.Ordinal);
        Assert.Contains("UseServer:DevServer:Enabled=false", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_dev_server_that_writes_no_manifest_within_StartTimeout_stops_the_app_and_is_ended()
    {
        DevServerSettings settings = Settings(" silent", TimeSpan.FromSeconds(2));
        await using var server = new DevServer(settings, NullLogger<DevServer>.Instance);

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => server.StartAsync(CancellationToken.None));

        Assert.Contains("PageOptions.DevServer.StartTimeout", failure.Message, StringComparison.Ordinal);
        using Process node = Process.GetProcessById(int.Parse(File.ReadAllText(Path.Combine(settings.OutputDirectory, "node.pid")), System.Globalization.CultureInfo.InvariantCulture));
        // Ended by the failed start itself: the host does not stop a service whose start threw.
        Assert.True(node.WaitForExit(TimeSpan.FromSeconds(10)), "the dev server that never got ready outlived its failed start");
    }

    [Fact]
    public void Only_a_dev_manifest_has_a_session()
    {
        string path = Path.Combine(_root, "m.json");
        File.WriteAllText(path, "{\"version\":1,\"bootstrapModules\":[],\"components\":{}}");
        Assert.Equal((null, null), DevServer.ReadSession(path));

        File.WriteAllText(path, "{\"version\":1,\"dev\":{\"session\":\"s\",\"origin\":\"http://o\"}}");
        Assert.Equal(("s", "http://o"), DevServer.ReadSession(path));

        File.WriteAllText(path, "{\"version\":1,\"dev\":");
        Assert.Equal((null, null), DevServer.ReadSession(path)); // being written
        Assert.Equal((null, null), DevServer.ReadSession(Path.Combine(_root, "absent.json")));
    }

    private DevServerSettings Settings(string scriptArguments, TimeSpan? startTimeout = null)
    {
        string client = Path.Combine(_root, "ClientApp");
        Directory.CreateDirectory(client);
        File.WriteAllText(Path.Combine(client, "fake-dev.mjs"), FakeDevServer);
        var options = new PageOptions { ManifestPath = "useserver/client-manifest.json" };
        options.DevServer.Enabled = true;
        options.DevServer.StartTimeout = startTimeout ?? TimeSpan.FromSeconds(30);
        if (OperatingSystem.IsWindows())
        {
            options.DevServer.Command = "node";
            options.DevServer.Arguments = "fake-dev.mjs" + scriptArguments;
        }
        else
        {
            options.DevServer.Command = "sh"; // a parent with a child, as npm → vite
            options.DevServer.Arguments = "-c \"node fake-dev.mjs" + scriptArguments + "; exit $?\"";
        }

        return DevServerSettings.Resolve(options, new HostEnvironment(_root));
    }

    private sealed class HostEnvironment(string root) : Microsoft.Extensions.Hosting.IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Development";

        public string ApplicationName { get; set; } = "Test";

        public string ContentRootPath { get; set; } = root;

        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = new Microsoft.Extensions.FileProviders.NullFileProvider();
    }
}
