using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using UseServer.AspNetCore.Diagnostics;
using UseServer.AspNetCore.Pipeline;
using UseServer.AspNetCore.Responders;

namespace UseServer.AspNetCore.Endpoints;

/// <summary>Answers a POST under the prefix that names no function: 404, typed so the client knows it is out of date.</summary>
internal sealed class UnknownFunctionHandler(ServerFunctionRuntime runtime)
{
    private readonly FetchResponder _fetch = new(refresher: null, runtime.Logger, ServerFunctionDiagnostics.UnknownFunctionId);

    public async Task InvokeAsync(HttpContext context)
    {
        long start = Stopwatch.GetTimestamp();
        CallResponder responder = CallResponder.Select(context, _fetch);
        if (runtime.Logger.IsEnabled(LogLevel.Debug))
        {
            ServerFunctionHandler.Log.UnknownFunction(runtime.Logger, LogText.Escape(context.Request.Path.Value));
        }

        await Problems.UnknownFunctionAsync(context, responder);
        runtime.Diagnostics.EndCall(null, ServerFunctionDiagnostics.UnknownFunctionId, responder.Kind, CallOutcome.NotFound, start);
    }
}
