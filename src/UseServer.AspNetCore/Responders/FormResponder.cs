using Microsoft.AspNetCore.Http;
using UseServer.AspNetCore.Forms;
using UseServer.Flight.Writing;

namespace UseServer.AspNetCore.Responders;

/// <summary>
/// Answers a no-JS form post as pages, with the status a fetch call would get: the page with the form state (or a
/// <c>303</c> after a redirect), the page's error answer, or its problem page.
/// </summary>
internal sealed class FormResponder(IServerFunctionFormPost form) : CallResponder
{
    /// <summary>The <c>useserver.call.kind</c> of a no-JS form post routed here from a page.</summary>
    public const string CallKind = "form";

    public override string Kind => CallKind;

    public override IServerFunctionFormPost FormPost => form;

    public override Task WriteProblemAsync(HttpContext context, int status, string code, string title, string? detail) =>
        form.WriteProblemAsync(context, status, title, detail, errors: null);

    public override Task WriteValidationProblemAsync(HttpContext context, string title, IDictionary<string, string[]> errors) =>
        form.WriteProblemAsync(context, StatusCodes.Status400BadRequest, title, detail: null, errors);

    public override Task WriteErrorAsync(HttpContext context, Exception error, int status, FlightWriterOptions options) =>
        form.WriteFailureAsync(context, status, options.ErrorDigest);

    public override Task WriteResultAsync(HttpContext context, object? result, ServerRedirect? redirect, FlightWriterOptions options) =>
        redirect is null ? form.WriteResultAsync(context, result) : form.WriteRedirectAsync(context, redirect.Location);
}
