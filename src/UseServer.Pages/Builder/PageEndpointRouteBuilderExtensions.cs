using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using UseServer;
using UseServer.Components;
using UseServer.Pages.Serving;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Maps server component pages on endpoint routing.</summary>
public static class PageEndpointRouteBuilderExtensions
{
    private static readonly string[] s_methods = [HttpMethods.Get, HttpMethods.Head, HttpMethods.Post];
    private static readonly string[] s_fallbackMethods = [HttpMethods.Get, HttpMethods.Head];

    /// <summary>
    /// Maps a page: <paramref name="page"/> is a minimal-API style delegate whose parameters come from the route,
    /// the query string and DI (as for <c>MapGet</c>) and that returns the page's root <see cref="Node"/> (or an
    /// <see cref="IResult"/> such as <c>Results.NotFound()</c>). A document request answers HTML rendered by React
    /// and hydrated in the browser; <c>Accept: text/x-component</c> answers the page's Flight payload. POST carries
    /// no-JS form submissions (progressive enhancement). Endpoint metadata such as <c>[Authorize]</c> and
    /// <c>.RequireAuthorization()</c> applies as on any endpoint.
    /// </summary>
    /// <param name="endpoints">The route builder.</param>
    /// <param name="pattern">The route pattern, e.g. <c>/notes/{id:int}</c>.</param>
    /// <param name="page">Builds the page's tree.</param>
    /// <returns>The endpoint's builder, for conventions.</returns>
    [RequiresUnreferencedCode("Page delegates are bound like minimal API handlers, which uses reflection.")]
    [RequiresDynamicCode("Page delegates are bound like minimal API handlers, which generates code.")]
    public static RouteHandlerBuilder MapPage(this IEndpointRouteBuilder endpoints, [StringSyntax("Route")] string pattern, Delegate page)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(pattern);
        ArgumentNullException.ThrowIfNull(page);
        return MapPageCore(endpoints, pattern, s_methods, page);
    }

    /// <summary>
    /// Maps the app's not-found page: every GET of a path no other endpoint serves (and that names no file) answers it
    /// with status 404, and so does a page or server component that answers "not found" (<c>Results.NotFound()</c> or
    /// <c>ServerResult.NotFound()</c> from a page delegate, <c>throw ServerResult.NotFound()</c> from a component: shown
    /// in that page's segment, inside its layouts). Without one, those answer a bare 404.
    /// </summary>
    /// <typeparam name="TPage">The not-found page's root component.</typeparam>
    /// <param name="endpoints">The route builder.</param>
    /// <returns>The fallback endpoint's builder (give it a layout with <c>WithLayout</c>).</returns>
    [RequiresUnreferencedCode("Page delegates are bound like minimal API handlers, which uses reflection.")]
    [RequiresDynamicCode("Page delegates are bound like minimal API handlers, which generates code.")]
    public static RouteHandlerBuilder MapNotFoundPage<TPage>(this IEndpointRouteBuilder endpoints)
        where TPage : Node, new()
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.ServiceProvider.GetRequiredService<NotFoundPage>().Set(static () => new TPage());
        RouteHandlerBuilder builder = MapPageCore(endpoints, "{*path:nonfile}", s_fallbackMethods, static () => ServerResult.NotFound());
        builder.Add(static endpoint =>
        {
            endpoint.DisplayName = "Not-found page";
            if (endpoint is RouteEndpointBuilder route)
            {
                route.Order = int.MaxValue; // below every other endpoint, as MapFallback
            }
        });
        return builder;
    }

    [RequiresUnreferencedCode("Page delegates are bound like minimal API handlers, which uses reflection.")]
    [RequiresDynamicCode("Page delegates are bound like minimal API handlers, which generates code.")]
    private static RouteHandlerBuilder MapPageCore(IEndpointRouteBuilder endpoints, string pattern, string[] methods, Delegate page)
    {
        RouteHandlerBuilder builder = endpoints.MapMethods(pattern, methods, page);
        builder.AddEndpointFilter(PageEndpointFilter.InvokeAsync);
        builder.WithMetadata(new PageEndpointMetadata(pattern));
        builder.ExcludeFromDescription();
        builder.DisableAntiforgery(); // form posts are checked by the page's own CSRF policy, before the function runs
        return builder;
    }

    /// <summary>Maps a page whose root is a component with a parameterless constructor: <c>app.MapPage&lt;HomePage&gt;("/")</c>.</summary>
    /// <typeparam name="TPage">The page's root component.</typeparam>
    /// <param name="endpoints">The route builder.</param>
    /// <param name="pattern">The route pattern.</param>
    /// <returns>The endpoint's builder, for conventions.</returns>
    [RequiresUnreferencedCode("Page delegates are bound like minimal API handlers, which uses reflection.")]
    [RequiresDynamicCode("Page delegates are bound like minimal API handlers, which generates code.")]
    public static RouteHandlerBuilder MapPage<TPage>(this IEndpointRouteBuilder endpoints, [StringSyntax("Route")] string pattern)
        where TPage : Node, new() =>
        endpoints.MapPage(pattern, static () => new TPage());
}
