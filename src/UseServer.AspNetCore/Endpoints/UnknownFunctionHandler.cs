using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using UseServer.AspNetCore.Diagnostics;
using UseServer.AspNetCore.Pipeline;

namespace UseServer.AspNetCore.Endpoints;

/// <summary>Answers a POST under the prefix that names no function: 404, typed so the client knows it is out of date.</summary>
internal sealed class UnknownFunctionHandler(ServerFunctionRuntime runtime)
{
    public async Task InvokeAsync(HttpContext context)
    {
        long start = Stopwatch.GetTimestamp();
        if (runtime.Logger.IsEnabled(LogLevel.Debug))
        {
            ServerFunctionHandler.Log.UnknownFunction(runtime.Logger, LogText.Escape(context.Request.Path.Value));
        }

        await Problems.UnknownFunctionAsync(context);
        runtime.Diagnostics.EndCall(null, ServerFunctionDiagnostics.UnknownFunctionId, ServerFunctionHandler.FetchCallKind, CallOutcome.NotFound, start);
    }
}
