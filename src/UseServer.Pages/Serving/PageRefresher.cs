using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Template;
using UseServer.AspNetCore.Refresh;
using UseServer.Pages.Routing;

namespace UseServer.Pages.Serving;

/// <summary>
/// Renders the page a server function was called from (the refresh envelope). The page is found by matching
/// the path against every <c>MapPage</c> route; its delegate runs with that path's route values and query on the
/// call's own request, and its authorization metadata is evaluated for the caller (a page the caller may not see
/// is not rendered).
/// </summary>
internal sealed class PageRefresher(EndpointDataSource endpoints, IServiceProvider services, IAuthorizationPolicyProvider policies) : IPageRefresher
{
    private readonly EndpointCache<PageRoute[]> _routes = new(endpoints => PageRoutes(endpoints, services));

    public async ValueTask<object?> RenderTreeAsync(HttpContext context, string pathAndQuery, CancellationToken cancellationToken)
    {
        int query = pathAndQuery.IndexOf('?', StringComparison.Ordinal);
        var path = new PathString(query < 0 ? pathAndQuery : pathAndQuery[..query]);
        var queryString = query < 0 ? QueryString.Empty : new QueryString(pathAndQuery[query..]);
        foreach (PageRoute route in Routes())
        {
            var values = new RouteValueDictionary();
            if (!route.Matcher.TryMatch(path, values) || !route.Constraints.All(c => c.Constraint.Match(context, null, c.Name, values, RouteDirection.IncomingRequest)))
            {
                continue;
            }

            if (!await AuthorizedAsync(context, route.Endpoint))
            {
                return null;
            }

            return await PageRendering.CaptureAsync(context, route.Endpoint, path, queryString, values) is { } page
                ? services.GetRequiredService<PageRenderer>().Tree(context, page) // resolved here: the renderer needs the runtime, which needs this

                : null;
        }

        return null;
    }

    private async Task<bool> AuthorizedAsync(HttpContext context, Endpoint endpoint)
    {
        if (endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null)
        {
            return true;
        }

        IReadOnlyList<IAuthorizeData> data = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>();
        IReadOnlyList<AuthorizationPolicy> endpointPolicies = endpoint.Metadata.GetOrderedMetadata<AuthorizationPolicy>();
        AuthorizationPolicy? policy = await AuthorizationPolicy.CombineAsync(policies, data, endpointPolicies);
        if (policy is null)
        {
            return true;
        }

        IAuthorizationService authorization = context.RequestServices.GetRequiredService<IAuthorizationService>();
        return (await authorization.AuthorizeAsync(context.User, context, policy)).Succeeded;
    }

    private PageRoute[] Routes() => _routes.Get(endpoints);

    private static PageRoute[] PageRoutes(IReadOnlyList<Endpoint> all, IServiceProvider services) =>
    [
        .. all.OfType<RouteEndpoint>()
            .Where(static e => e.Metadata.GetMetadata<PageEndpointMetadata>() is not null)
            .OrderBy(static e => e.Order)
            .ThenByDescending(static e => e.RoutePattern.PathSegments.Count(static s => s.IsSimple && s.Parts[0].IsLiteral))
            .Select(e => new PageRoute(e, new TemplateMatcher(TemplateParser.Parse(e.RoutePattern.RawText ?? "/"), new RouteValueDictionary(e.RoutePattern.Defaults)), Constraints(e.RoutePattern, services))),
    ];

    /// <summary>The route's constraints (<c>{id:int}</c>), which the template matcher itself does not check.</summary>
    private static (string Name, IRouteConstraint Constraint)[] Constraints(Microsoft.AspNetCore.Routing.Patterns.RoutePattern pattern, IServiceProvider services)
    {
        var resolver = services.GetRequiredService<IInlineConstraintResolver>();
        var constraints = new List<(string, IRouteConstraint)>();
        foreach ((string name, IReadOnlyList<Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPolicyReference> policies) in pattern.ParameterPolicies)
        {
            foreach (var policy in policies)
            {
                if ((policy.ParameterPolicy as IRouteConstraint ?? (policy.Content is { } text ? resolver.ResolveConstraint(text) : null)) is { } constraint)
                {
                    constraints.Add((name, constraint));
                }
            }
        }

        return [.. constraints];
    }

    private sealed record PageRoute(RouteEndpoint Endpoint, TemplateMatcher Matcher, (string Name, IRouteConstraint Constraint)[] Constraints);
}
