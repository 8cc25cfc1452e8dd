using Microsoft.AspNetCore.Http;
using UseServer.Components;

namespace UseServer.Pages.Pages;

/// <summary>Turns the page delegate's return value (a <see cref="Node"/>) into the result that renders it.</summary>
internal static class PageEndpointFilter
{
    public static async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        object? value = await next(context);
        if (value is not Node && context.HttpContext.Features.Get<PageCapture>() is { } capture)
        {
            capture.Declined = true; // rendered for a refresh or a form post: answer nothing here
            return Results.Empty;
        }

        return value switch
        {
            Node page => new PageResult(page),
            IResult result => result, // Results.NotFound(), a redirect, a challenge: as any endpoint
            null => throw new InvalidOperationException("A page delegate returned null; return a Node (or an IResult such as Results.NotFound())."),
            _ => throw new InvalidOperationException($"A page delegate returned {value.GetType().Name}; return a Node (or an IResult)."),
        };
    }
}
