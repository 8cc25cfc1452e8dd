using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using UseServer.Components;

namespace UseServer.Pages.Pages;

/// <summary>A page's tree, rendered as HTML for a document request or as Flight for <c>Accept: text/x-component</c>.</summary>
internal sealed class PageResult(Node page) : IResult
{
    public Node Page { get; } = page;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        if (httpContext.Features.Get<PageCapture>() is { } capture)
        {
            capture.Page = Page;
            return Task.CompletedTask;
        }

        return httpContext.RequestServices.GetRequiredService<PageRenderer>().RenderAsync(httpContext, Page, formState: null);
    }
}
