using Microsoft.AspNetCore.Http;
using UseServer.AspNetCore.Forms;
using UseServer.Flight.Writing;

namespace UseServer.AspNetCore.Responders;

/// <summary>
/// How one call is answered, chosen once when the request reaches its endpoint: as Flight and ProblemDetails
/// (<see cref="FetchResponder"/>, the client runtime's fetch), or as pages (<see cref="FormResponder"/>, a no-JS form post
/// that UseServer.Pages routed to the function). Everything after the choice writes through it.
/// </summary>
internal abstract class CallResponder
{
    /// <summary>The <c>useserver.call.kind</c> tag of calls answered this way.</summary>
    public abstract string Kind { get; }

    /// <summary>Where a form post's arguments come from; <see langword="null"/> when they are the request body.</summary>
    public virtual IServerFunctionFormPost? FormPost => null;

    /// <summary>The responder for <paramref name="context"/>: the form post's when routing set one, else <paramref name="fetch"/>.</summary>
    public static CallResponder Select(HttpContext context, FetchResponder fetch) =>
        context.Features.Get<IServerFunctionFormPost>() is { } form ? new FormResponder(form) : fetch;

    /// <summary>Answers a call that never ran (400, 403, 404, 405, 413, 415) with a stable problem type.</summary>
    public abstract Task WriteProblemAsync(HttpContext context, int status, string code, string title, string? detail);

    /// <summary>Answers a call whose arguments failed validation (400) with the errors per argument.</summary>
    public abstract Task WriteValidationProblemAsync(HttpContext context, string title, IDictionary<string, string[]> errors);

    /// <summary>Answers a call that threw (or answered "not found") with <paramref name="status"/> and the error's digest.</summary>
    public abstract Task WriteErrorAsync(HttpContext context, Exception error, int status, FlightWriterOptions options);

    /// <summary>Answers a call that ran: its <paramref name="result"/>, or the navigation to <paramref name="redirect"/>.</summary>
    public abstract Task WriteResultAsync(HttpContext context, object? result, ServerRedirect? redirect, FlightWriterOptions options);
}
