using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;
using UseServer.AspNetCore.Forms;

namespace UseServer.AspNetCore.Pipeline;

/// <summary>
/// The ProblemDetails answers for requests that never reach the function (STYLE rule 8). Each has a
/// stable type URI; titles are generic, and details appear only when detailed errors are on.
/// Written with ASP.NET's own <see cref="TypedResults.Problem(ProblemDetails)"/>, so an application's
/// <c>AddProblemDetails()</c> customization applies.
/// </summary>
internal static class Problems
{
    /// <summary>Every problem type is this base plus a kebab-case code.</summary>
    public const string TypeBase = "https://useserver.dev/problems/";

    /// <summary>The function ID is not registered: the client was built against another version of the server.</summary>
    public const string UnknownFunction = "unknown-function";
    public const string MethodNotAllowed = "method-not-allowed";
    public const string CrossOrigin = "cross-origin-request";
    public const string UnsupportedMediaType = "unsupported-media-type";
    public const string ValidationFailed = "validation-failed";

    /// <summary>Every bound-arguments failure (missing, malformed, tampered, foreign, expired) has this one answer.</summary>
    public const string BoundArgumentsInvalid = "bound-args-invalid";

    private const string AllowedMethod = "POST";

    public static Task UnknownFunctionAsync(HttpContext context) => WriteAsync(
        context, StatusCodes.Status404NotFound, UnknownFunction,
        "Unknown server function. The client may be out of date; reload the page.", detail: null);

    public static Task MethodNotAllowedAsync(HttpContext context)
    {
        context.Response.Headers[HeaderNames.Allow] = AllowedMethod;
        return WriteAsync(context, StatusCodes.Status405MethodNotAllowed, MethodNotAllowed, "Server functions are called with POST.", detail: null);
    }

    public static Task CrossOriginAsync(HttpContext context) => WriteAsync(
        context, StatusCodes.Status403Forbidden, CrossOrigin, "Cross-origin server function calls are not allowed.", detail: null);

    public static Task UnsupportedMediaTypeAsync(HttpContext context) => WriteAsync(
        context, StatusCodes.Status415UnsupportedMediaType, UnsupportedMediaType,
        "Server function bodies are text/plain (UTF-8) or multipart/form-data.", detail: null);

    public static Task BadRequestAsync(HttpContext context, int status, string code, string? detail) => WriteAsync(
        context, status, code, status == StatusCodes.Status413PayloadTooLarge ? "The request body is too large." : "The request body is not a valid server function call.", detail);

    /// <summary>The one uniform answer for every bound-arguments failure: never a detail, even in development.</summary>
    public static Task BoundArgumentsInvalidAsync(HttpContext context) => WriteAsync(
        context, StatusCodes.Status400BadRequest, BoundArgumentsInvalid, "The request body is not a valid server function call.", detail: null);

    public static Task ValidationAsync(HttpContext context, IDictionary<string, string[]> errors) =>
        context.Features.Get<IServerFunctionFormPost>() is { } form
            ? form.WriteProblemAsync(context, StatusCodes.Status400BadRequest, ValidationTitle, null, errors)
            : TypedResults.ValidationProblem(errors, title: ValidationTitle, type: TypeBase + ValidationFailed).ExecuteAsync(context);

    private const string ValidationTitle = "One or more arguments are invalid.";

    // A no-JS form post gets the same status, rendered as a page by UseServer.Pages.
    private static Task WriteAsync(HttpContext context, int status, string code, string title, string? detail) =>
        context.Features.Get<IServerFunctionFormPost>() is { } form
            ? form.WriteProblemAsync(context, status, title, detail, errors: null)
            : TypedResults.Problem(new ProblemDetails
        {
            Status = status,
            Type = TypeBase + code,
            Title = title,
            Detail = detail,
        }).ExecuteAsync(context);
}
