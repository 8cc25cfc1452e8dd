using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;
using UseServer.AspNetCore.Pipeline;
using UseServer.AspNetCore.Refresh;
using UseServer.Flight.Writing;

namespace UseServer.AspNetCore.Responders;

/// <summary>
/// Answers a call from the client runtime's fetch: the result as a Flight stream (inside the refresh envelope when the
/// call names its page), errors as an <c>E</c> root row, and refusals as ProblemDetails written with ASP.NET's own
/// <see cref="TypedResults"/>, so an application's <c>AddProblemDetails()</c> customization applies.
/// </summary>
/// <param name="refresher">Renders the calling page for the envelope; <see langword="null"/> without UseServer.Pages.</param>
/// <param name="logger">Logs a page that failed to render for the envelope.</param>
/// <param name="logId">The function's ID as logged.</param>
internal sealed partial class FetchResponder(IPageRefresher? refresher, ILogger logger, string logId) : CallResponder
{
    /// <summary>The <c>useserver.call.kind</c> of calls through the fetch client.</summary>
    public const string CallKind = "fetch";

    /// <summary>The response header of a fetch call whose function returned a <see cref="ServerRedirect"/> (the npm client's REDIRECT_HEADER).</summary>
    public const string RedirectHeader = "X-UseServer-Redirect";

    public override string Kind => CallKind;

    public override Task WriteProblemAsync(HttpContext context, int status, string code, string title, string? detail) =>
        TypedResults.Problem(new ProblemDetails
        {
            Status = status,
            Type = Problems.TypeBase + code,
            Title = title,
            Detail = detail,
        }).ExecuteAsync(context);

    public override Task WriteValidationProblemAsync(HttpContext context, string title, IDictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors, title: title, type: Problems.TypeBase + Problems.ValidationFailed).ExecuteAsync(context);

    public override async Task WriteErrorAsync(HttpContext context, Exception error, int status, FlightWriterOptions options)
    {
        context.Response.Clear();
        FlightResponse.Start(context.Response, status);
        await FlightSerializer.WriteErrorAsync(context.Response.BodyWriter, error, options, context.RequestAborted);
    }

    public override async Task WriteResultAsync(HttpContext context, object? result, ServerRedirect? redirect, FlightWriterOptions options)
    {
        CancellationToken cancellationToken = context.RequestAborted;
        if (redirect is not null)
        {
            context.Response.Headers[RedirectHeader] = redirect.Location; // the npm client navigates there
        }

        object? root = await RefreshEnvelopeAsync(context, result, redirect, cancellationToken);
        FlightResponse.Start(context.Response, StatusCodes.Status200OK);
        await FlightSerializer.WriteAsync(context.Response.BodyWriter, root, options, cancellationToken);
    }
}
