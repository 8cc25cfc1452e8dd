using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Matching;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using UseServer.AspNetCore.Forms;
using UseServer.AspNetCore.Pipeline;
using UseServer.Flight.Forms;
using UseServer.Flight.Reply;
using UseServer.Pages.Serving;
using UseServer.Pages.Routing;

namespace UseServer.Pages.Forms;

/// <summary>
/// Routes a no-JS form post (docs/protocol.md, "No-JS form posts") from its page to the server function it names, during endpoint
/// selection, so the function runs under exactly the policies of its own endpoint (authorization, rate limiting,
/// request timeouts, size limits, logging and tracing) as a fetch call does. Before that it checks, in order:
/// same-origin (<c>Origin</c> / <c>Sec-Fetch-Site</c>, as for calls), the media type, the body size (the app's
/// <see cref="ReplyLimits.MaxBodySize"/>: the function is not known yet), the ASP.NET antiforgery token when antiforgery
/// is on, and which function the action fields name. Only those fields are read here (issue 12): the bound arguments,
/// the user's fields and files and the function's own limits wait for its endpoint (<see cref="PageFormPost"/>), so a
/// caller the function's policies refuse gets their answer (401, 403, 429) whatever the rest of the body holds.
/// Every refusal is answered as a small HTML page with the status a fetch call would get; nothing is invoked.
/// </summary>
internal sealed partial class PageFormMatcherPolicy(
    ServerFunctionRuntime runtime, EndpointDataSource endpoints, IOptions<PageOptions> options, ILogger<PageFormMatcherPolicy> logger)
    : MatcherPolicy, IEndpointSelectorPolicy
{
    private readonly EndpointCache<Dictionary<string, Endpoint>> _functions = new(FunctionsById);

    /// <summary>After the server function policy (-2000) and before ASP.NET's HTTP method policy.</summary>
    public override int Order => -1500;

    public bool AppliesToEndpoints(IReadOnlyList<Endpoint> endpoints) =>
        endpoints.Any(static e => e.Metadata.GetMetadata<PageEndpointMetadata>() is not null);

    public async Task ApplyAsync(HttpContext httpContext, CandidateSet candidates)
    {
        if (!HttpMethods.IsPost(httpContext.Request.Method))
        {
            return;
        }

        for (int i = 0; i < candidates.Count; i++)
        {
            if (candidates.IsValidCandidate(i) && candidates[i].Endpoint.Metadata.GetMetadata<PageEndpointMetadata>() is not null)
            {
                Endpoint selected = await RouteAsync(httpContext, candidates[i].Endpoint, candidates[i].Values ?? []);
                candidates.ReplaceEndpoint(i, selected, candidates[i].Values);
                return;
            }
        }
    }

    private async Task<Endpoint> RouteAsync(HttpContext context, Endpoint page, RouteValueDictionary values)
    {
        HttpRequest request = context.Request;
        CancellationToken cancellationToken = context.RequestAborted;
        if (!runtime.Origins.IsAllowed(request))
        {
            Log.Refused(logger, request.Path.Value ?? "/", "cross-origin");
            return Problem(StatusCodes.Status403Forbidden, "Cross-origin form posts are not allowed.");
        }

        if (MediaTypes.Classify(request.ContentType, request.Headers.ContentEncoding, out string boundary) != BodyEncoding.Multipart)
        {
            Log.Refused(logger, request.Path.Value ?? "/", "media-type");
            return Problem(StatusCodes.Status415UnsupportedMediaType, "Forms post multipart/form-data.");
        }

        string? functionId;
        byte[] body;
        try
        {
            // The whole body, held to the app's limit: a submit button's formAction field, which wins, may come last.
            body = await RequestBodyReader.ReadBodyAsync(context, runtime.Limits.MaxBodySize, cancellationToken);
            string? tokenField = PageFormFields.AntiforgeryField(context, options.Value);
            ReplyPayload fields = await RequestBodyReader.ReadMultipartAsync(
                body, boundary, runtime.Limits, name => ActionFormDecoder.IdentifiesAction(name) || name == tokenField, cancellationToken);
            if (!await PageFormFields.AntiforgeryValidAsync(context, fields, tokenField))
            {
                Log.Refused(logger, request.Path.Value ?? "/", "antiforgery");
                return Problem(StatusCodes.Status400BadRequest, "The form has expired or did not come from this site. Reload the page and try again.");
            }

            functionId = ActionFormDecoder.Identify(fields, runtime.Limits);
        }
        catch (ReplyDecodeException e)
        {
            Log.Refused(logger, request.Path.Value ?? "/", e.CodeName);
            int status = ReplyErrorCodes.StatusCode(e.Code);
            return Problem(status, status == StatusCodes.Status413PayloadTooLarge ? "The form is too large." : "The form is not a valid submission.");
        }
        catch (BadHttpRequestException e)
        {
            Log.Refused(logger, request.Path.Value ?? "/", "body-read");
            return Problem(e.StatusCode, "The form could not be read.");
        }

        if (functionId is null)
        {
            Log.Refused(logger, request.Path.Value ?? "/", "no-action");
            return Problem(StatusCodes.Status400BadRequest, "The form names no server function.");
        }

        if (!_functions.Get(endpoints).TryGetValue(functionId, out Endpoint? function))
        {
            Log.Refused(logger, request.Path.Value ?? "/", "unknown-function");
            return Problem(StatusCodes.Status404NotFound, "Unknown server function. The page may be out of date; reload it.");
        }

        context.Features.Set<IServerFunctionFormPost>(new PageFormPost(page, values, functionId, body, boundary));
        return function;
    }

    private static Dictionary<string, Endpoint> FunctionsById(IReadOnlyList<Endpoint> endpoints)
    {
        var byId = new Dictionary<string, Endpoint>(StringComparer.Ordinal);
        foreach (Endpoint endpoint in endpoints)
        {
            if (endpoint.Metadata.GetMetadata<AspNetCore.Endpoints.ServerFunctionEndpointMetadata>() is { Plan: { } plan })
            {
                byId[plan.Id] = endpoint;
            }
        }

        return byId;
    }

    private static Endpoint Problem(int status, string title) =>
        new(context => FormProblemPage.WriteAsync(context, status, title, detail: null, errors: null), EndpointMetadataCollection.Empty, "Page form: " + title);
}
