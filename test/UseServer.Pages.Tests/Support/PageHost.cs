using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace UseServer.Pages.Tests.Support;

/// <summary>The page test apps' host: Production, real Kestrel on 127.0.0.1, pages over the fixture client build.</summary>
internal static class PageHost
{
    public static WebApplicationBuilder CreateBuilder(int poolSize = 2)
    {
        WebApplicationBuilder builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = Environments.Production });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration["AllowedHosts"] = "127.0.0.1;localhost";
        builder.Logging.ClearProviders();
        builder.Services.AddServerComponentPages(options =>
        {
            options.ManifestPath = SsrApp.ManifestPath;
            options.SsrBundlePath = SsrApp.BundlePath;
            options.ClientComponentAssemblies.Add(typeof(PageHost).Assembly);
        });
        builder.Services.Configure<HtmlRenderingOptions>(o => o.PoolSize = poolSize);
        return builder;
    }

    /// <summary>The started app's address, and a client that neither follows redirects nor keeps cookies.</summary>
    public static (string Origin, HttpClient Client) Connect(WebApplication app)
    {
        string origin = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        return (origin, new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = new Uri(origin) });
    }
}
