using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace UseServer.Pages.Rendering.V8;

/// <summary>Registers the V8 renderer behind <see cref="IHtmlRenderer"/>.</summary>
internal static class V8RenderingServiceCollectionExtensions
{
    public static IServiceCollection AddV8HtmlRenderer(this IServiceCollection services, Func<IServiceProvider, string> bundlePath, Func<IServiceProvider, bool> watch)
    {
        services.AddOptions<HtmlRenderingOptions>();
        services.TryAddSingleton(sp => new V8BundleCache(bundlePath(sp), watch(sp)));
        services.TryAddSingleton<V8EnginePool>();
        services.TryAddSingleton<IHtmlRenderer, V8HtmlRenderer>();
        return services;
    }
}
