using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using UseServer.Pages.Development;

namespace UseServer.Pages.Tests.Development;

/// <summary>When the dev server runs (Development, a client folder with a <c>dev</c> script, nothing switching it off) and what it reads.</summary>
public sealed class DevServerSettingsTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("dev-settings-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Theory]
    [InlineData("Development", "{\"scripts\":{\"dev\":\"vite\"}}", null, true)]
    [InlineData("Development", "{\"scripts\":{\"build\":\"vite build\"}}", null, false)]
    [InlineData("Development", "not json", null, false)]
    [InlineData("Development", null, null, false)]
    [InlineData("Development", "{\"scripts\":{\"dev\":\"vite\"}}", false, false)]
    [InlineData("Development", "{\"scripts\":{\"build\":\"vite build\"}}", true, true)]
    [InlineData("Production", "{\"scripts\":{\"dev\":\"vite\"}}", true, false)]
    [InlineData("Staging", "{\"scripts\":{\"dev\":\"vite\"}}", null, false)]
    public void It_runs_in_development_when_the_client_has_a_dev_script_unless_switched(string environment, string? packageJson, bool? enabled, bool active)
    {
        Directory.CreateDirectory(Path.Combine(_root, "ClientApp"));
        if (packageJson is not null)
        {
            File.WriteAllText(Path.Combine(_root, "ClientApp", "package.json"), packageJson);
        }

        var options = new PageOptions();
        options.DevServer.Enabled = enabled;

        DevServerSettings settings = DevServerSettings.Resolve(options, new Environment(environment, _root));

        Assert.Equal(active, settings.Active);
        Assert.Equal(Path.Combine(_root, "ClientApp"), settings.ClientDirectory);
    }

    [Fact]
    public void Its_files_are_beside_the_dev_servers_cache_unless_configured()
    {
        var options = new PageOptions();

        DevServerSettings settings = DevServerSettings.Resolve(options, new Environment("Development", _root));
        options.DevServer.OutputPath = "out/dev";
        DevServerSettings configured = DevServerSettings.Resolve(options, new Environment("Development", _root));

        Assert.Equal(Path.Combine(_root, "ClientApp", "node_modules", ".useserver", "client-manifest.json"), settings.ManifestPath);
        Assert.Equal(Path.Combine(_root, "ClientApp", "node_modules", ".useserver", "ssr.js"), settings.SsrBundlePath);
        Assert.Equal(Path.Combine(_root, "out", "dev", "ssr.js"), configured.SsrBundlePath);
    }

    [Fact]
    public void Switched_on_without_a_client_folder_it_says_which_folder()
    {
        var options = new PageOptions();
        options.DevServer.Enabled = true;
        options.DevServer.ClientPath = "web";

        var failure = Assert.Throws<InvalidOperationException>(() => DevServerSettings.Resolve(options, new Environment("Development", _root)));

        Assert.Contains(Path.Combine(_root, "web"), failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Configuration_has_the_last_word()
    {
        IConfiguration configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["UseServer:DevServer:Enabled"] = "false",
            ["UseServer:DevServer:ClientPath"] = "web",
            ["UseServer:DevServer:Command"] = "pnpm",
            ["UseServer:DevServer:Arguments"] = "dev --strictPort",
            ["UseServer:DevServer:StartTimeout"] = "00:00:30",
        }).Build();
        var options = new PageOptions();
        options.DevServer.Enabled = true;

        new DevServerConfiguration(configuration).PostConfigure(null, options);

        Assert.False(options.DevServer.Enabled);
        Assert.Equal(("web", "pnpm", "dev --strictPort", TimeSpan.FromSeconds(30)), (options.DevServer.ClientPath, options.DevServer.Command, options.DevServer.Arguments, options.DevServer.StartTimeout));
    }

    [Fact]
    public void A_malformed_switch_is_an_error_that_names_the_key()
    {
        IConfiguration configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["UseServer:DevServer:Enabled"] = "yes" }).Build();

        var failure = Assert.Throws<InvalidOperationException>(() => new DevServerConfiguration(configuration).PostConfigure(null, new PageOptions()));

        Assert.Contains("UseServer:DevServer:Enabled", failure.Message, StringComparison.Ordinal);
    }

    private sealed class Environment(string name, string root) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;

        public string ApplicationName { get; set; } = "Test";

        public string ContentRootPath { get; set; } = root;

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
