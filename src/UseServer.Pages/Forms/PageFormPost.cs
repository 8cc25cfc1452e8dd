using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using UseServer.AspNetCore.Forms;
using UseServer.AspNetCore.Pipeline;
using UseServer.Flight.Forms;
using UseServer.Flight.Reply;
using UseServer.Flight.Values;
using UseServer.Pages.Serving;

namespace UseServer.Pages.Forms;

/// <summary>
/// A no-JS form post to a page, routed to its server function's endpoint by the function ID its action fields name
/// (docs/protocol.md, "No-JS form posts"). The function's endpoint decodes the rest of the body through <see cref="ReadArgumentsAsync"/>,
/// under its own policies and limits; this renders every answer as the page, as React's decodeAction flow expects after a no-JS post (docs/protocol.md, no-JS form posts).
/// </summary>
internal sealed class PageFormPost(Endpoint page, RouteValueDictionary pageValues, string functionId, byte[] body, string boundary) : IServerFunctionFormPost
{
    private ActionFormSubmission? _submission;

    public Endpoint Page { get; } = page;

    /// <summary>The function routing chose (the last action field's).</summary>
    public string FunctionId { get; } = functionId;

    /// <summary>The decoded form, once the function's endpoint has asked for its arguments.</summary>
    public ActionFormSubmission Submission => _submission ?? throw new InvalidOperationException("The form has not been decoded yet.");

    public async ValueTask<JsArray> ReadArgumentsAsync(HttpContext context, ReplyLimits limits, CancellationToken cancellationToken)
    {
        if (body.Length > limits.MaxBodySize)
        {
            // The function's own [RequestSizeLimit]: routing could only hold the body to the app's limit.
            throw new ReplyDecodeException(ReplyErrorCode.BodyTooLarge, $"The form is larger than {limits.MaxBodySize} bytes.");
        }

        ReplyPayload payload = await RequestBodyReader.ReadMultipartAsync(body, boundary, limits, cancellationToken);
        ActionFormSubmission submission = ActionFormDecoder.Decode(payload, limits, cancellationToken) is { } decoded && decoded.ActionId == FunctionId
            ? decoded
            : throw new ReplyDecodeException(ReplyErrorCode.InvalidServerReference, "The form's action does not decode to the function it was routed to.");
        _submission = submission;
        PageFormFields.Expose(context, payload);
        return new JsArray([.. submission.Bound ?? (IEnumerable<JsValue>)[], submission.Form]);
    }

    public async Task WriteResultAsync(HttpContext context, object? result)
    {
        // decodeFormState: [result, key, referenceId, bound.length - 1], only for a bound action with a key.
        if (Submission is not { ActionKey: { } key, Bound: { } bound })
        {
            // No form state to show (a plain action form): post/redirect/get, so a reload does not post again.
            await WriteRedirectAsync(context, context.Request.Path + context.Request.QueryString);
            return;
        }

        await RenderPageAsync(context, new object?[] { result, key, Submission.ActionId, bound.Count - 1 }, StatusCodes.Status200OK);
    }

    public Task WriteRedirectAsync(HttpContext context, string location)
    {
        context.Response.StatusCode = StatusCodes.Status303SeeOther;
        context.Response.Headers.Location = context.Request.PathBase + location;
        context.Response.Headers.CacheControl = "no-store";
        return Task.CompletedTask;
    }

    public Task WriteFailureAsync(HttpContext context, int status, string digest) =>
        FormProblemPage.WriteAsync(context, status, "The action failed.", "Reference: " + digest, errors: null);

    public Task WriteProblemAsync(HttpContext context, int status, string title, string? detail, IDictionary<string, string[]>? errors) =>
        FormProblemPage.WriteAsync(context, status, title, detail, errors);

    private async Task RenderPageAsync(HttpContext context, object?[] formState, int status)
    {
        HttpRequest request = context.Request;
        Components.Node? tree = await PageRendering.CaptureAsync(context, Page, request.Path, request.QueryString, pageValues);
        if (tree is null)
        {
            // The page answers something else now (say, a redirect): see it with a GET.
            context.Response.StatusCode = StatusCodes.Status303SeeOther;
            context.Response.Headers.Location = request.PathBase + request.Path + request.QueryString;
            return;
        }

        await context.RequestServices.GetRequiredService<PageRenderer>().RenderAsync(context, tree, formState, status);
    }
}
