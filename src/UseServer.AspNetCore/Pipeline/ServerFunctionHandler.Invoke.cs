using Microsoft.AspNetCore.Http;
using UseServer.AspNetCore.Diagnostics;
using UseServer.AspNetCore.Responders;
using UseServer.Flight.Values;
using UseServer.Flight.Writing;

namespace UseServer.AspNetCore.Pipeline;

/// <summary>Invoking the function and streaming its result (or its error) as Flight.</summary>
internal sealed partial class ServerFunctionHandler
{
    private async Task<CallOutcome> InvokeAndWriteAsync(HttpContext context, CallResponder responder, object?[] arguments)
    {
        CancellationToken cancellationToken = context.RequestAborted;
        FlightWriterOptions writerOptions = WriterOptions(context);
        object? result;
        try
        {
            // Injection is inside: a missing service registration is a server bug, answered like a throw (500, E row).
            ArgumentBinder.Inject(plan, context, arguments);
            result = await plan.Descriptor.Invoker(new ServerFunctionInvocation(context, plan.Descriptor, arguments));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Client abort or [RequestTimeout]: rethrown so the timeout middleware can answer 504 and the
            // server treats an abort as one (not an application error).
            Log.CallCancelled(Logger, plan.LogId);
            throw;
        }
        catch (NotFoundException e)
        {
            return await WriteNotFoundAsync(context, responder, e, writerOptions);
        }
        catch (Exception e)
        {
            Log.FunctionFailed(Logger, plan.LogId, writerOptions.ErrorDigest, e);
            await responder.WriteErrorAsync(context, e, StatusCodes.Status500InternalServerError, writerOptions);
            return CallOutcome.Error;
        }

        ServerRedirect? redirect = null;
        switch (result)
        {
            case ServerRedirect r: redirect = r; result = JsValue.Undefined; break;                           // redirect, no value
            case IServerFunctionOutcome { NotFound: { } notFound }: return await WriteNotFoundAsync(context, responder, notFound, writerOptions); // ServerResult.NotFound()
            case IServerFunctionOutcome outcome: redirect = outcome.Redirect; result = redirect is null ? outcome.Value : JsValue.Undefined; break; // ServerResult<T>
        }

        try
        {
            // Fetch: the Flight result (with the page's tree when asked). Form post: the page, or a 303 to the redirect.
            await responder.WriteResultAsync(context, result, redirect, writerOptions);
            return CallOutcome.Success;
        }
        catch (Exception e) when (e is OperationCanceledException or IOException && cancellationToken.IsCancellationRequested)
        {
            Log.CallCancelled(Logger, plan.LogId);
            return CallOutcome.Cancelled;
        }
        catch (Exception e) when (!context.Response.HasStarted)
        {
            // The result could not be written at all (say, a type Flight cannot express): a root error row.
            Log.FunctionFailed(Logger, plan.LogId, writerOptions.ErrorDigest, e);
            await responder.WriteErrorAsync(context, e, StatusCodes.Status500InternalServerError, writerOptions);
            return CallOutcome.Error;
        }
        catch (Exception e)
        {
            // The 200 is already on the wire: all we can do is log and cut the stream so the client
            // sees a failed response instead of a truncated one that looks complete.
            Log.ResultStreamFailed(Logger, plan.LogId, writerOptions.ErrorDigest, e);
            context.Abort();
            return CallOutcome.Error;
        }
    }

    private FlightWriterOptions WriterOptions(HttpContext context) => FlightResponse.WriterOptions(Runtime, context);

    /// <summary>
    /// "Not found" from the function: 404 with an <c>E</c> root row whose message is the marker (the exception is safe for
    /// clients), so the call rejects with an error the client recognizes; a no-JS form post gets the 404 page.
    /// </summary>
    private async Task<CallOutcome> WriteNotFoundAsync(HttpContext context, CallResponder responder, NotFoundException notFound, FlightWriterOptions options)
    {
        Log.FunctionAnsweredNotFound(Logger, plan.LogId);
        await responder.WriteErrorAsync(context, notFound, StatusCodes.Status404NotFound, options);
        return CallOutcome.ResultNotFound;
    }
}
