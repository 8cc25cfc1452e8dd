using Microsoft.AspNetCore.Http;
using UseServer.Flight.Reply;
using UseServer.Flight.Values;

namespace UseServer.AspNetCore.Forms;

/// <summary>
/// A request feature set (by UseServer.Pages, during routing) when a no-JS form post to a page was routed to a
/// server function's endpoint: the function runs under exactly its own endpoint's policies, but its arguments come
/// from the form (decoded there, after those policies) and every answer is rendered as a page instead of Flight or ProblemDetails.
/// </summary>
internal interface IServerFunctionFormPost
{
    /// <summary>
    /// Decodes the form into the client arguments as a reply root would carry them: the bound arguments, then the user's
    /// FormData. Called by the function's endpoint, after its authorization and rate limiting: routing read only the
    /// fields that name the function.
    /// </summary>
    /// <param name="context">The request.</param>
    /// <param name="limits">The function's limits (its <c>[RequestSizeLimit]</c> included).</param>
    /// <param name="cancellationToken">Stops a long decode.</param>
    /// <exception cref="ReplyDecodeException">The body is over the function's limits or does not decode.</exception>
    ValueTask<JsArray> ReadArgumentsAsync(HttpContext context, ReplyLimits limits, CancellationToken cancellationToken);

    /// <summary>Answers a call that ran: the page rendered with the form state (or a 303 to the page).</summary>
    Task WriteResultAsync(HttpContext context, object? result);

    /// <summary>Answers a call whose function returned a redirect: <c>303 See Other</c> to the local <paramref name="location"/>.</summary>
    Task WriteRedirectAsync(HttpContext context, string location);

    /// <summary>Answers a call that threw: the page's error answer with <paramref name="status"/> (500) and the digest.</summary>
    Task WriteFailureAsync(HttpContext context, int status, string digest);

    /// <summary>Answers a call that never ran (400, 403, 413, 415, validation) with the same status a fetch call gets.</summary>
    Task WriteProblemAsync(HttpContext context, int status, string title, string? detail, IDictionary<string, string[]>? errors);
}
