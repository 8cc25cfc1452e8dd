using Microsoft.AspNetCore.Http;
using UseServer.AspNetCore.Diagnostics;
using UseServer.AspNetCore.Forms;
using UseServer.Flight.Values;
using UseServer.Flight.Writing;

namespace UseServer.AspNetCore.Pipeline;

/// <summary>Invoking the function and streaming its result (or its error) as Flight.</summary>
internal sealed partial class ServerFunctionHandler
{
    /// <summary>The response header of a fetch call whose function returned a <see cref="ServerRedirect"/> (the npm client's REDIRECT_HEADER).</summary>
    public const string RedirectHeader = "X-UseServer-Redirect";

    private async Task<CallOutcome> InvokeAndWriteAsync(HttpContext context, object?[] arguments)
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
            return await WriteNotFoundAsync(context, e, writerOptions);
        }
        catch (Exception e)
        {
            Log.FunctionFailed(Logger, plan.LogId, writerOptions.ErrorDigest, e);
            await WriteErrorAsync(context, e, writerOptions);
            return CallOutcome.Error;
        }

        ServerRedirect? redirect = null;
        switch (result)
        {
            case ServerRedirect r: redirect = r; result = JsValue.Undefined; break;                           // redirect, no value
            case IServerFunctionOutcome { NotFound: { } notFound }: return await WriteNotFoundAsync(context, notFound, writerOptions); // ServerResult.NotFound()
            case IServerFunctionOutcome outcome: redirect = outcome.Redirect; result = redirect is null ? outcome.Value : JsValue.Undefined; break; // ServerResult<T>
        }

        if (context.Features.Get<IServerFunctionFormPost>() is { } form)
        {
            // A no-JS form post: 303 to a redirect, else the page rendered with the form state.
            await (redirect is null ? form.WriteResultAsync(context, result) : form.WriteRedirectAsync(context, redirect.Location));
            return CallOutcome.Success;
        }

        if (redirect is not null)
        {
            context.Response.Headers[RedirectHeader] = redirect.Location; // the npm client navigates there
        }

        try
        {
            object? root = await RefreshEnvelopeAsync(context, result, redirect, cancellationToken);
            FlightResponse.Start(context.Response, StatusCodes.Status200OK);
            await FlightSerializer.WriteAsync(context.Response.BodyWriter, root, writerOptions, cancellationToken);
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
            await WriteErrorAsync(context, e, writerOptions);
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
    private async Task<CallOutcome> WriteNotFoundAsync(HttpContext context, NotFoundException notFound, FlightWriterOptions options)
    {
        Log.FunctionAnsweredNotFound(Logger, plan.LogId);
        await WriteErrorAsync(context, notFound, options, StatusCodes.Status404NotFound);
        return CallOutcome.Success;
    }

    private static async Task WriteErrorAsync(HttpContext context, Exception error, FlightWriterOptions options, int status = StatusCodes.Status500InternalServerError)
    {
        if (context.Features.Get<IServerFunctionFormPost>() is { } form)
        {
            await form.WriteFailureAsync(context, status, options.ErrorDigest);
            return;
        }

        context.Response.Clear();
        FlightResponse.Start(context.Response, status);
        await FlightSerializer.WriteErrorAsync(context.Response.BodyWriter, error, options, context.RequestAborted);
    }
}
