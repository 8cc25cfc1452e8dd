using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using UseServer.AspNetCore.BoundArguments;
using UseServer.AspNetCore.Diagnostics;
using UseServer.AspNetCore.Forms;
using UseServer.AspNetCore.Refresh;
using UseServer.AspNetCore.Responders;
using UseServer.Flight.Reply;
using UseServer.Flight.Values;

namespace UseServer.AspNetCore.Pipeline;

/// <summary>
/// One function's request delegate. Method, origin and exact lookup were checked during routing and
/// authorization by ASP.NET's middleware; this runs the rest in order: media type → body → decode →
/// bind → validate → inject → invoke → stream the Flight result. Nothing is invoked for any rejection.
/// </summary>
internal sealed partial class ServerFunctionHandler(ServerFunctionPlan plan, IPageRefresher? refresher)
{
    private readonly FetchResponder _fetch = new(refresher, plan.Runtime.Logger, plan.LogId);

    private ServerFunctionRuntime Runtime => plan.Runtime;

    private ILogger Logger => plan.Runtime.Logger;

    public async Task InvokeAsync(HttpContext context)
    {
        long start = Stopwatch.GetTimestamp();
        CallResponder responder = CallResponder.Select(context, _fetch); // the one place a form post is told apart
        string kind = responder.Kind;
        using Activity? activity = ServerFunctionDiagnostics.StartCall(plan.Id, kind);
        CallOutcome outcome = CallOutcome.Error;
        try
        {
            outcome = await RunAsync(context, responder);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            outcome = CallOutcome.Cancelled;
            throw;
        }
        finally
        {
            Runtime.Diagnostics.EndCall(activity, plan.Id, kind, outcome, start);
        }
    }

    private async Task<CallOutcome> RunAsync(HttpContext context, CallResponder responder)
    {
        CancellationToken cancellationToken = context.RequestAborted;
        IServerFunctionFormPost? form = responder.FormPost; // a page routed a no-JS form post here
        string boundary = string.Empty;
        BodyEncoding encoding = form is not null
            ? BodyEncoding.Multipart
            : MediaTypes.Classify(context.Request.ContentType, context.Request.Headers.ContentEncoding, out boundary);
        if (encoding == BodyEncoding.Unsupported)
        {
            Log.UnsupportedMediaType(Logger, plan.LogId, LogText.Escape(context.Request.ContentType));
            await Problems.UnsupportedMediaTypeAsync(context, responder);
            return CallOutcome.UnsupportedMediaType;
        }

        object?[] arguments;
        try
        {
            if (encoding == BodyEncoding.MalformedMultipart)
            {
                throw new ReplyDecodeException(ReplyErrorCode.Malformed, "The multipart boundary is missing, empty or longer than 70 characters.");
            }

            if (form is not null)
            {
                arguments = BindDecoded(await form.ReadArgumentsAsync(context, plan.Limits, cancellationToken), cancellationToken);
            }
            else
            {
                ReplyPayload payload = await ReadPayloadAsync(context, encoding, boundary, cancellationToken);
                long started = Stopwatch.GetTimestamp();
                if (plan.BoundCount > 0 || !ArgumentBinder.TryBindDirect(plan, payload, started, cancellationToken, out arguments))
                {
                    arguments = BindDecoded(ReplyDecoder.Decode(payload, plan.Limits, string.Empty, cancellationToken, started), cancellationToken);
                }
            }
        }
        catch (ReplyDecodeException e)
        {
            Log.BodyRejected(Logger, plan.LogId, e.CodeName, LogText.Escape(e.Path), LogText.Escape(e.Message, 256));
            int status = ReplyErrorCodes.StatusCode(e.Code);
            await Problems.BadRequestAsync(context, responder, status, e.CodeName, Runtime.DetailedErrors ? e.Message : null);
            return status == StatusCodes.Status413PayloadTooLarge ? CallOutcome.BodyTooLarge : CallOutcome.BadRequest;
        }
        catch (BoundArgumentsException e)
        {
            Log.BoundArgumentsRejected(Logger, plan.LogId, e.Message);
            await Problems.BoundArgumentsInvalidAsync(context, responder);
            return CallOutcome.BadRequest;
        }
        catch (BadHttpRequestException e)
        {
            // The server refused the body while we read it: over its size limit (413), too slow (408), malformed framing.
            Log.BodyReadFailed(Logger, plan.LogId, e.StatusCode, e);
            await Problems.BadRequestAsync(context, responder, e.StatusCode, e.StatusCode == StatusCodes.Status413PayloadTooLarge ? ReplyErrorCodes.Name(ReplyErrorCode.BodyTooLarge) : "bad-request", null);
            return e.StatusCode == StatusCodes.Status413PayloadTooLarge ? CallOutcome.BodyTooLarge : CallOutcome.BadRequest;
        }
        catch (Exception e) when (e is OperationCanceledException or IOException && cancellationToken.IsCancellationRequested)
        {
            Log.CallCancelled(Logger, plan.LogId);
            return CallOutcome.Cancelled; // the client is gone; nothing to answer
        }

        if (ArgumentBinder.Validate(plan, context, arguments) is { } errors)
        {
            Log.ValidationFailed(Logger, plan.LogId, errors.Count);
            await Problems.ValidationAsync(context, responder, errors);
            return CallOutcome.ValidationFailed;
        }

        return await InvokeAndWriteAsync(context, responder, arguments);
    }

    private async Task<ReplyPayload> ReadPayloadAsync(HttpContext context, BodyEncoding encoding, string boundary, CancellationToken cancellationToken)
    {
        byte[] body = await RequestBodyReader.ReadBodyAsync(context, plan.Limits.MaxBodySize, cancellationToken);
        Runtime.Diagnostics.RecordRequestSize(plan.Id, body.Length);
        return encoding == BodyEncoding.Text
            ? ReplyPayload.FromText(body, plan.Limits)
            : await RequestBodyReader.ReadMultipartAsync(body, boundary, plan.Limits, cancellationToken);
    }

    /// <summary>Binds a decoded root, after the sealed bound arguments when the function has them.</summary>
    private object?[] BindDecoded(JsValue root, CancellationToken cancellationToken)
    {
        if (plan.BoundCount > 0)
        {
            root = BoundArgumentsReader.Prepend(plan, Runtime.Sealer, root, cancellationToken);
        }

        return ArgumentBinder.BindClientArguments(plan, root);
    }
}
