using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using UseServer.Components;

namespace UseServer.Pages.Serving;

/// <summary>
/// Turns the page delegate's return value (a <see cref="Node"/>) into the result that renders it. "Not found" (a
/// thrown or returned <c>ServerResult.NotFound()</c>, or a 404 result such as <c>Results.NotFound()</c>) becomes the
/// app's not-found page with status 404, when the app maps one.
/// </summary>
internal static class PageEndpointFilter
{
    public static async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        object? value;
        try
        {
            value = await next(context);
        }
        catch (NotFoundException notFound)
        {
            value = notFound;
        }

        HttpContext http = context.HttpContext;
        if (IsNotFound(value) && http.RequestServices.GetRequiredService<NotFoundPage>().Create is { } notFoundPage)
        {
            return new PageResult(notFoundPage(), StatusCodes.Status404NotFound);
        }

        if (value is not Node && http.Features.Get<PageCapture>() is { } capture)
        {
            capture.Declined = true; // rendered for a refresh or a form post: answer nothing here
            return Results.Empty;
        }

        return value switch
        {
            Node page => new PageResult(page),
            NotFoundException => Results.NotFound(), // no not-found page mapped: a bare 404
            IResult result => result, // Results.NotFound(), a redirect, a challenge: as any endpoint
            null => throw new InvalidOperationException("A page delegate returned null; return a Node (or an IResult such as Results.NotFound())."),
            _ => throw new InvalidOperationException($"A page delegate returned {value.GetType().Name}; return a Node (or an IResult)."),
        };
    }

    private static bool IsNotFound(object? value) =>
        value is NotFoundException or IStatusCodeHttpResult { StatusCode: StatusCodes.Status404NotFound };
}
