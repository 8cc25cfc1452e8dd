using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace UseServer.AspNetCore.Responders;

/// <summary>
/// The answers for requests that never reach the function. Each has a
/// stable type URI; titles are generic, and details appear only when detailed errors are on. The call's
/// <see cref="CallResponder"/> writes them: ProblemDetails for a fetch call, a page with the same status for a form post.
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

    public static Task UnknownFunctionAsync(HttpContext context, CallResponder responder) => responder.WriteProblemAsync(
        context, StatusCodes.Status404NotFound, UnknownFunction,
        "Unknown server function. The client may be out of date; reload the page.", detail: null);

    public static Task MethodNotAllowedAsync(HttpContext context, CallResponder responder)
    {
        context.Response.Headers[HeaderNames.Allow] = AllowedMethod;
        return responder.WriteProblemAsync(context, StatusCodes.Status405MethodNotAllowed, MethodNotAllowed, "Server functions are called with POST.", detail: null);
    }

    public static Task CrossOriginAsync(HttpContext context, CallResponder responder) => responder.WriteProblemAsync(
        context, StatusCodes.Status403Forbidden, CrossOrigin, "Cross-origin server function calls are not allowed.", detail: null);

    public static Task UnsupportedMediaTypeAsync(HttpContext context, CallResponder responder) => responder.WriteProblemAsync(
        context, StatusCodes.Status415UnsupportedMediaType, UnsupportedMediaType,
        "Server function bodies are text/plain (UTF-8) or multipart/form-data.", detail: null);

    public static Task BadRequestAsync(HttpContext context, CallResponder responder, int status, string code, string? detail) => responder.WriteProblemAsync(
        context, status, code, status == StatusCodes.Status413PayloadTooLarge ? "The request body is too large." : "The request body is not a valid server function call.", detail);

    /// <summary>The one uniform answer for every bound-arguments failure: never a detail, even in development.</summary>
    public static Task BoundArgumentsInvalidAsync(HttpContext context, CallResponder responder) => responder.WriteProblemAsync(
        context, StatusCodes.Status400BadRequest, BoundArgumentsInvalid, "The request body is not a valid server function call.", detail: null);

    public static Task ValidationAsync(HttpContext context, CallResponder responder, IDictionary<string, string[]> errors) =>
        responder.WriteValidationProblemAsync(context, "One or more arguments are invalid.", errors);
}
