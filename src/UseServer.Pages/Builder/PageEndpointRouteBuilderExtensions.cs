using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using UseServer.Components;
using UseServer.Pages.Pages;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Maps server component pages on endpoint routing.</summary>
public static class PageEndpointRouteBuilderExtensions
{
    private static readonly string[] s_methods = [HttpMethods.Get, HttpMethods.Head, HttpMethods.Post];

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

        RouteHandlerBuilder builder = endpoints.MapMethods(pattern, s_methods, page);
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
