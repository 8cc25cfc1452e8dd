using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using UseServer.AspNetCore.Refresh;
using UseServer.Pages;
using UseServer.Pages.Development;
using UseServer.Pages.Manifest;
using UseServer.Pages.Serving;
using UseServer.Pages.Forms;
using UseServer.Pages.Rendering.V8;
using UseServer.Pages.Routing;
using Microsoft.AspNetCore.Routing;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers server component pages.</summary>
public static class PagesServiceCollectionExtensions
{
    /// <summary>
    /// Adds server component pages (<c>MapPage</c>): server functions (<c>AddServerFunctions</c>), the client
    /// manifest, React's HTML renderer in embedded V8, the refresh envelope and no-JS form posts.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Configures <see cref="PageOptions"/>.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddServerComponentPages(this IServiceCollection services, Action<PageOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddServerFunctions();
        services.AddAuthorization();
        if (configure is not null)
        {
            services.Configure(configure);
        }

        // Development: the dev server's own manifest and server bundle when it runs (DevServerOptions).
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPostConfigureOptions<PageOptions>, DevServerConfiguration>());
        services.TryAddSingleton(static sp => DevServerSettings.Resolve(
            sp.GetRequiredService<IOptions<PageOptions>>().Value, sp.GetRequiredService<IHostEnvironment>()));
        services.TryAddSingleton<DevEventStream>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IStartupFilter, DevEventsStartupFilter>());

        services.TryAddSingleton(static sp => new ClientBuild(
            ClientBuildFile(sp, static dev => dev.ManifestPath, static options => options.ManifestPath),
            watch: sp.GetRequiredService<IHostEnvironment>().IsDevelopment()));
        services.TryAddSingleton<PageRenderer>();
        services.TryAddSingleton<NotFoundPage>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPageRefresher, PageRefresher>());
        services.TryAddSingleton<IEndpointAddressScheme<PageAddress>, PageAddressScheme>();
        // Hosted services start in order: the dev server is ready (its manifest written) before the check reads it.
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, DevServer>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, PageStartupCheck>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<MatcherPolicy, PageFormMatcherPolicy>());
        services.AddV8HtmlRenderer(
            static sp => ClientBuildFile(sp, static dev => dev.SsrBundlePath, static options => options.SsrBundlePath),
            sp => sp.GetRequiredService<IHostEnvironment>().IsDevelopment());
        return services;
    }

    /// <summary>A file of the client build the server reads: the dev server's while it runs, else the configured one.</summary>
    private static string ClientBuildFile(IServiceProvider services, Func<DevServerSettings, string> dev, Func<PageOptions, string> configured) =>
        services.GetRequiredService<DevServerSettings>() is { Active: true } settings
            ? dev(settings)
            : ContentPath(services, configured(services.GetRequiredService<IOptions<PageOptions>>().Value));

    /// <summary>
    /// A relative path under the content root, or, when it is not there, next to the app's binaries (a published app
    /// started from another working directory).
    /// </summary>
    private static string ContentPath(IServiceProvider services, string path)
    {
        if (Path.IsPathRooted(path))
        {
            return path;
        }

        string underContentRoot = Path.Combine(services.GetRequiredService<IWebHostEnvironment>().ContentRootPath, path);
        string underBinaries = Path.Combine(AppContext.BaseDirectory, path);
        return !File.Exists(underContentRoot) && File.Exists(underBinaries) ? underBinaries : underContentRoot;
    }
}
