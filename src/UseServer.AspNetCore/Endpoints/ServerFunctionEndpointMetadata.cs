using System.Diagnostics;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using UseServer.AspNetCore.Diagnostics;
using UseServer.AspNetCore.Pipeline;
using UseServer.AspNetCore.Responders;

namespace UseServer.AspNetCore.Endpoints;

/// <summary>
/// Marks a server function endpoint (or the not-found endpoint under the prefix) for
/// <see cref="ServerFunctionMatcherPolicy"/>, with the endpoints that replace it when a request is
/// refused before authorization.
/// </summary>
internal sealed class ServerFunctionEndpointMetadata
{
    public ServerFunctionEndpointMetadata(ServerFunctionRuntime runtime, ServerFunctionPlan? plan, string? exactPath)
    {
        Runtime = runtime;
        Plan = plan;
        ExactPath = exactPath;
        MethodNotAllowed = Rejection(CallOutcome.MethodNotAllowed, Problems.MethodNotAllowedAsync);
        Forbidden = Rejection(CallOutcome.Forbidden, Problems.CrossOriginAsync);
    }

    public ServerFunctionRuntime Runtime { get; }

    /// <summary>The function, or <see langword="null"/> for the not-found endpoint.</summary>
    public ServerFunctionPlan? Plan { get; }

    /// <summary>The path a request must have exactly (ordinal), or <see langword="null"/> for the not-found endpoint.</summary>
    public string? ExactPath { get; }

    /// <summary>Answers 405 for any method but exactly <c>POST</c>.</summary>
    public Endpoint MethodNotAllowed { get; }

    /// <summary>Answers 403 for a cross-origin request.</summary>
    public Endpoint Forbidden { get; }

    private Endpoint Rejection(CallOutcome outcome, Func<HttpContext, CallResponder, Task> write)
    {
        // [AllowAnonymous]: an application's fallback authorization policy must not turn a 405/403 into a 401.
        var metadata = new EndpointMetadataCollection(new AllowAnonymousAttribute());
        string functionId = Plan?.Id ?? ServerFunctionDiagnostics.UnknownFunctionId;
        var fetch = new FetchResponder(refresher: null, Runtime.Logger, LogText.Escape(functionId));
        return new Endpoint(
            async context =>
            {
                long start = Stopwatch.GetTimestamp();
                CallResponder responder = CallResponder.Select(context, fetch);
                if (Runtime.Logger.IsEnabled(LogLevel.Debug))
                {
                    ServerFunctionHandler.Log.RequestRejected(Runtime.Logger, LogText.Escape(context.Request.Path.Value), LogText.Escape(context.Request.Method), CallOutcomes.Name(outcome));
                }

                await write(context, responder);
                Runtime.Diagnostics.EndCall(null, functionId, responder.Kind, outcome, start);
            },
            metadata,
            $"Server function rejection ({CallOutcomes.Name(outcome)})");
    }
}
