using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using UseServer.Components;
using UseServer.Pages.Layouts;

namespace UseServer.Pages.Serving;

/// <summary>
/// A page's tree, rendered inside its endpoint's segments (layouts, loading and error pages) as HTML for a document
/// request or as Flight for <c>Accept: text/x-component</c>.
/// </summary>
internal sealed class PageResult(Node page, int statusCode = StatusCodes.Status200OK) : IResult
{
    public Node Page { get; } = page;

    public int StatusCode { get; } = statusCode;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        PageCapture? capture = httpContext.Features.Get<PageCapture>();
        Endpoint? endpoint = capture?.Endpoint ?? httpContext.GetEndpoint();
        Func<Node>? notFound = httpContext.RequestServices.GetRequiredService<NotFoundPage>().Create;
        Node tree = PageSegments.Wrap(Page, endpoint, httpContext.Request.Path, notFound);
        if (capture is not null)
        {
            capture.Page = tree;
            return Task.CompletedTask;
        }

        return httpContext.RequestServices.GetRequiredService<PageRenderer>().RenderAsync(httpContext, tree, formState: null, StatusCode);
    }
}
