using System.Text.Json;
using UseServer.Components;
using UseServer.Components.Rendering;
using UseServer.Pages.Manifest;
using UseServer.Pages.Tests.Support;

namespace UseServer.Pages.Tests.Manifest;

public sealed class ClientManifestTests
{
    [Fact]
    public void Client_components_resolve_to_their_manifest_entries()
    {
        var resolver = new ManifestClientComponentResolver(ClientManifest.Load(SsrApp.ManifestPath));

        var counter = resolver.Resolve(typeof(Counter));
        var panel = resolver.Resolve(typeof(Panel));

        Assert.Equal(("src/Counter.tsx", "Counter"), (counter.ModuleId, counter.ExportName));
        Assert.Equal("src/Counter.tsx", counter.Chunks[0]);
        Assert.StartsWith("/assets/Counter-", counter.Chunks[1], StringComparison.Ordinal);
        Assert.Equal("default", panel.ExportName);
    }

    [Fact]
    public void The_startup_check_names_every_client_component_the_manifest_lacks()
    {
        var resolver = new ManifestClientComponentResolver(ClientManifest.Load(SsrApp.ManifestPath));

        var failure = Assert.Throws<InvalidOperationException>(() => resolver.Check([typeof(Counter), typeof(Missing), typeof(WrongExport)]));

        Assert.Contains("'src/Missing.tsx#Missing'", failure.Message, StringComparison.Ordinal);
        Assert.Contains("'src/Counter.tsx#Nope'", failure.Message, StringComparison.Ordinal);
        Assert.Contains("\"use client\"", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_client_component_of_an_assembly_is_found_for_the_check()
    {
        var found = ComponentTree.FindClientComponents(typeof(ClientManifestTests).Assembly).ToList();

        Assert.Contains(typeof(Counter), found);
        Assert.Contains(typeof(Panel), found);
        Assert.DoesNotContain(typeof(Missing), found); // abstract: a handle nothing can render
    }

    [Theory]
    [InlineData("{\"version\":2,\"bootstrapModules\":[],\"components\":{}}")]
    [InlineData("{\"version\":1,\"components\":{}}")]
    [InlineData("{\"version\":1,\"bootstrapModules\":[],\"components\":{\"a#b\":{\"id\":\"a\",\"chunks\":[\"only-one\"],\"name\":\"b\"}}}")]
    public void A_malformed_manifest_fails_with_its_path(string json)
    {
        string path = Path.Combine(Path.GetTempPath(), "manifest-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(path, json);
        try
        {
            var failure = Assert.Throws<InvalidOperationException>(() => ClientManifest.Load(path));
            Assert.Contains(path, failure.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_missing_manifest_says_how_to_build_it()
    {
        var failure = Assert.Throws<InvalidOperationException>(() => ClientManifest.Load("/nowhere/client-manifest.json"));

        Assert.Contains("@useserver/client/vite", failure.Message, StringComparison.Ordinal);
    }

    // Abstract, so the page app of these tests (which checks this assembly at startup) does not trip on them.
    [ClientComponent("src/Missing.tsx")]
    private abstract class Missing : ClientComponent;

    [ClientComponent("src/Counter.tsx", Export = "Nope")]
    private abstract class WrongExport : ClientComponent;
}
