using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using UseServer.Components;

namespace UseServer.Pages.Serving;

/// <summary>Runs a page endpoint's delegate on the current request to get its tree without answering.</summary>
internal static class PageRendering
{
    /// <summary>
    /// Runs <paramref name="endpoint"/> as if the request were for <paramref name="path"/>?<paramref name="query"/>
    /// with <paramref name="routeValues"/>, captures the page it returns (inside its segments), and restores the request. Returns
    /// <see langword="null"/> when the delegate answered something else (a redirect, a 404).
    /// </summary>
    public static async Task<Node?> CaptureAsync(HttpContext context, Endpoint endpoint, PathString path, QueryString query, RouteValueDictionary routeValues)
    {
        HttpRequest request = context.Request;
        PathString originalPath = request.Path;
        PathString originalBase = request.PathBase;
        QueryString originalQuery = request.QueryString;
        RouteValueDictionary originalValues = request.RouteValues;
        var capture = new PageCapture(endpoint);
        context.Features.Set(capture);
        try
        {
            request.Path = path;
            request.QueryString = query;
            request.RouteValues = routeValues;
            await endpoint.RequestDelegate!(context);
            return capture.Declined ? null : capture.Page;
        }
        finally
        {
            context.Features.Set<PageCapture>(null);
            request.Path = originalPath;
            request.PathBase = originalBase;
            request.QueryString = originalQuery;
            request.RouteValues = originalValues;
        }
    }
}
