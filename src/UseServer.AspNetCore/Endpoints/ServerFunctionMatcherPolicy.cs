using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Matching;

namespace UseServer.AspNetCore.Endpoints;

/// <summary>
/// The checks that must come before authorization and before the body is read (the function is resolved first:
/// method, then origin, then exact lookup). Running inside routing means the authorization, rate
/// limiting and timeout middleware only ever see a request that passed them: a refused request gets
/// a replacement endpoint that writes the ProblemDetails answer.
/// </summary>
/// <remarks>
/// Server function endpoints carry no <c>HttpMethodMetadata</c> on purpose: routing compares methods
/// ignoring case, and <c>post</c> is not <c>POST</c>. Likewise routing matches literal segments ignoring
/// case, while function IDs are compared exactly here.
/// </remarks>
internal sealed class ServerFunctionMatcherPolicy : MatcherPolicy, IEndpointSelectorPolicy
{
    /// <summary>Before routing's own HTTP-method policy (-1000) so nothing else answers first.</summary>
    public override int Order => -2000;

    public bool AppliesToEndpoints(IReadOnlyList<Endpoint> endpoints) =>
        endpoints.Any(static e => e.Metadata.GetMetadata<ServerFunctionEndpointMetadata>() is not null);

    public Task ApplyAsync(HttpContext httpContext, CandidateSet candidates)
    {
        HttpRequest request = httpContext.Request;
        for (int i = 0; i < candidates.Count; i++)
        {
            if (!candidates.IsValidCandidate(i)
                || candidates[i].Endpoint.Metadata.GetMetadata<ServerFunctionEndpointMetadata>() is not { } function)
            {
                continue;
            }

            if (function.ExactPath is { } path && !string.Equals(request.Path.Value, path, StringComparison.Ordinal))
            {
                candidates.SetValidity(i, false); // a case variant of a real ID: the not-found endpoint answers
            }
            else if (!string.Equals(request.Method, HttpMethods.Post, StringComparison.Ordinal))
            {
                candidates.ReplaceEndpoint(i, function.MethodNotAllowed, candidates[i].Values);
            }
            else if (!function.Runtime.Origins.IsAllowed(request))
            {
                candidates.ReplaceEndpoint(i, function.Forbidden, candidates[i].Values);
            }
        }

        return Task.CompletedTask;
    }
}
