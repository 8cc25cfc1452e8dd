using Microsoft.Extensions.Options;
using UseServer.Pages.Manifest;
using UseServer.Pages.Rendering.V8;
using UseServer.Pages.Tests.Support;

namespace UseServer.Pages.Tests.Rendering;

/// <summary>In Development the server follows a client build that is rebuilt while it runs (<c>vite build --watch</c>).</summary>
public sealed class DevelopmentReloadTests
{
    [Fact]
    public async Task A_rebuilt_server_bundle_replaces_the_isolates_that_run_the_old_one()
    {
        string bundle = Path.Combine(Path.GetTempPath(), "ssr-" + Guid.NewGuid().ToString("N") + ".js");
        File.Copy(SsrApp.BundlePath, bundle);
        try
        {
            var options = Options.Create(new HtmlRenderingOptions { PoolSize = 1 });
            using var pool = new V8EnginePool(options, new V8BundleCache(bundle, watch: true));
            V8RenderEngine first = await pool.RentAsync(CancellationToken.None);
            int before = first.BundleVersion;
            pool.Return(first, healthy: true);

            File.AppendAllText(bundle, "\n// rebuilt\n");
            File.SetLastWriteTimeUtc(bundle, DateTime.UtcNow.AddMinutes(1));
            await Task.Delay(600); // past the check interval
            V8RenderEngine second = await pool.RentAsync(CancellationToken.None);

            Assert.NotSame(first, second);
            Assert.Equal(before + 1, second.BundleVersion);
            pool.Return(second, healthy: true);
        }
        finally
        {
            File.Delete(bundle);
        }
    }

    [Fact]
    public async Task A_rebuilt_manifest_is_read_again_only_when_watching()
    {
        string manifest = Path.Combine(Path.GetTempPath(), "manifest-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(manifest, "{\"version\":1,\"bootstrapModules\":[\"/assets/a.js\"],\"components\":{}}");
        try
        {
            var watching = new ClientBuild(manifest, watch: true);
            var fixedBuild = new ClientBuild(manifest, watch: false);
            Assert.Equal("/assets/a.js", watching.Resolver.Manifest.BootstrapModules[0]);
            Assert.Equal("/assets/a.js", fixedBuild.Resolver.Manifest.BootstrapModules[0]);

            File.WriteAllText(manifest, "{\"version\":1,\"bootstrapModules\":[\"/assets/b.js\"],\"components\":{}}");
            File.SetLastWriteTimeUtc(manifest, DateTime.UtcNow.AddMinutes(1));
            await Task.Delay(600);

            Assert.Equal("/assets/b.js", watching.Resolver.Manifest.BootstrapModules[0]);
            Assert.Equal("/assets/a.js", fixedBuild.Resolver.Manifest.BootstrapModules[0]);
        }
        finally
        {
            File.Delete(manifest);
        }
    }
}
