using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Template;
using UseServer.AspNetCore.Refresh;
using UseServer.Pages.Routing;

namespace UseServer.Pages.Serving;

/// <summary>
/// Renders the page a server function was called from (the refresh envelope). The page is the first <c>MapPage</c>
/// endpoint that accepts GET and whose route parses the path, in routing's own order (<see cref="RouteEndpoint.Order"/>,
/// then route precedence); routing's <see cref="LinkParser"/> parses it, constraints included. The page's authorization
/// metadata is evaluated for the caller as the authorization middleware would (a page the caller may not see is not
/// rendered), and its delegate runs with that path's route values and query on the call's own request.
/// </summary>
internal sealed class PageRefresher(
    EndpointDataSource endpoints,
    LinkParser links,
    IAuthorizationPolicyProvider policies,
    IPolicyEvaluator evaluator,
    PageRenderer renderer) : IPageRefresher
{
    private readonly EndpointCache<RouteEndpoint[]> _pages = new(PagesInMatchOrder);

    public async ValueTask<object?> RenderTreeAsync(HttpContext context, string pathAndQuery, CancellationToken cancellationToken)
    {
        int query = pathAndQuery.IndexOf('?', StringComparison.Ordinal);
        var path = new PathString(query < 0 ? pathAndQuery : pathAndQuery[..query]);
        var queryString = query < 0 ? QueryString.Empty : new QueryString(pathAndQuery[query..]);
        foreach (RouteEndpoint page in _pages.Get(endpoints))
        {
            if (links.ParsePathByAddress(new PageAddress(page), path) is not { } values)
            {
                continue;
            }

            if (!await AuthorizedAsync(context, page))
            {
                return null;
            }

            return await PageRendering.CaptureAsync(context, page, path, queryString, values) is { } tree
                ? renderer.Tree(context, tree)
                : null;
        }

        return null;
    }

    /// <summary>The page's combined policy (the fallback policy included), authenticated and authorized by the platform's evaluator.</summary>
    private async Task<bool> AuthorizedAsync(HttpContext context, Endpoint page)
    {
        if (page.Metadata.GetMetadata<IAllowAnonymous>() is not null)
        {
            return true;
        }

        AuthorizationPolicy? policy = await AuthorizationPolicy.CombineAsync(
            policies, page.Metadata.GetOrderedMetadata<IAuthorizeData>(), page.Metadata.GetOrderedMetadata<AuthorizationPolicy>());
        if (policy is null)
        {
            return true;
        }

        ClaimsPrincipal caller = context.User;
        try
        {
            AuthenticateResult authentication = await evaluator.AuthenticateAsync(policy, context);
            return (await evaluator.AuthorizeAsync(policy, authentication, context, context)).Succeeded;
        }
        finally
        {
            context.User = caller; // a policy with its own schemes replaces the user; the call goes on as its caller
        }
    }

    /// <summary>Page endpoints that answer GET, in the order routing prefers them.</summary>
    private static RouteEndpoint[] PagesInMatchOrder(IReadOnlyList<Endpoint> all) =>
    [
        .. all.OfType<RouteEndpoint>()
            .Where(static e => e.Metadata.GetMetadata<PageEndpointMetadata>() is not null && AcceptsGet(e))
            .OrderBy(static e => e.Order)
            .ThenBy(static e => RoutePrecedence.ComputeInbound(new RouteTemplate(e.RoutePattern))),
    ];

    private static bool AcceptsGet(Endpoint endpoint) =>
        endpoint.Metadata.GetMetadata<IHttpMethodMetadata>() is not { HttpMethods.Count: > 0 } methods
        || methods.HttpMethods.Any(static m => HttpMethods.IsGet(m));
}
