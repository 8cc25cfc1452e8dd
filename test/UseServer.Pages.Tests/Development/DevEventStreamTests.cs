using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using UseServer.Pages.Development;

namespace UseServer.Pages.Tests.Development;

/// <summary>
/// The development events on real Kestrel: a page's EventSource gets <c>hello</c> with the boot ID, then
/// <c>refresh</c> when .NET Hot Reload calls the assembly's MetadataUpdateHandler (called here as the runtime does).
/// </summary>
[Collection(HotReloadCollection.Name)]
public sealed class DevEventStreamTests
{
    [Fact]
    public async Task A_hot_reload_update_pushes_refresh_to_every_open_page_after_the_boot_hello()
    {
        await using WebApplication app = await StartAsync(Environments.Development);
        using HttpClient client = Client(app);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));

        using HttpResponseMessage response = await client.GetAsync(DevEventStream.Path, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(timeout.Token));
        string bootId = app.Services.GetRequiredService<DevEventStream>().BootId;

        Assert.Equal(["event: hello", "data: {\"boot\":\"" + bootId + "\"}", "retry: 500"], await ReadEventAsync(reader, timeout.Token));

        InvokeMetadataUpdateHandler();

        Assert.Equal(["event: refresh", "data: {}"], await ReadEventAsync(reader, timeout.Token));
    }

    [Fact]
    public async Task Outside_development_there_is_no_such_path()
    {
        await using WebApplication app = await StartAsync(Environments.Production);
        using HttpClient client = Client(app);

        using HttpResponseMessage response = await client.GetAsync(DevEventStream.Path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    /// <summary>What the runtime does after applying an update: finds the handler type by the assembly attribute and calls it by name.</summary>
    private static void InvokeMetadataUpdateHandler()
    {
        var attribute = typeof(PageOptions).Assembly.GetCustomAttributes(typeof(System.Reflection.Metadata.MetadataUpdateHandlerAttribute), false)
            .Cast<System.Reflection.Metadata.MetadataUpdateHandlerAttribute>()
            .Single();
        var method = attribute.HandlerType.GetMethod("UpdateApplication", System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic, [typeof(Type[])]);
        Assert.NotNull(method);
        method.Invoke(null, [new[] { typeof(DevEventStreamTests) }]);
    }

    private static async Task<string[]> ReadEventAsync(StreamReader reader, CancellationToken cancellationToken)
    {
        var lines = new List<string>();
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line.Length == 0)
            {
                if (lines.Count > 0)
                {
                    break;
                }

                continue;
            }

            lines.Add(line);
        }

        return [.. lines];
    }

    private static HttpClient Client(WebApplication app) => new()
    {
        BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single()),
    };

    private static async Task<WebApplication> StartAsync(string environment)
    {
        string manifest = Path.Combine(Path.GetTempPath(), "dev-events-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(manifest, "{\"version\":1,\"bootstrapModules\":[],\"components\":{}}");
        WebApplicationBuilder builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = environment, ContentRootPath = Path.GetTempPath() });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Configuration["UseServer:DevServer:Enabled"] = "false";
        builder.Services.AddServerComponentPages(options =>
        {
            options.ManifestPath = manifest;
            options.ValidateClientComponents = false;
        });
        WebApplication app = builder.Build();
        await app.StartAsync();
        return app;
    }
}

/// <summary>Hot Reload's handler is process-wide: the tests that call it run one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class HotReloadCollection
{
    public const string Name = "Hot Reload";
}
