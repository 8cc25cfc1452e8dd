using Microsoft.AspNetCore.Http;
using UseServer.AspNetCore.Pipeline;
using UseServer.AspNetCore.Refresh;

namespace UseServer.AspNetCore.Responders;

/// <summary>The refresh envelope: the return value plus the calling page's re-rendered tree, in one answer.</summary>
internal sealed partial class FetchResponder
{
    /// <summary>
    /// The Flight root for a successful call: the bare <paramref name="result"/>, or, when the request names its
    /// page in <see cref="RefreshHeaders.Refresh"/> and pages are served, <c>{"value": $@(result), "tree": page, "at": ms}</c>
    /// with <see cref="RefreshHeaders.Envelope"/> set, and <c>"at"</c>: when the tree was rendered (ms since the epoch), so a client
    /// that gets answers out of order keeps the newest tree. The value is a promise row so the client awaits it as it would
    /// a bare result. After a <paramref name="redirect"/> the tree is the target page's, and <c>"redirect"</c> (with
    /// <c>"replace"</c>) names it: the client navigates there without another request. A page that cannot be rendered
    /// leaves the tree null: the call itself succeeded.
    /// </summary>
    private async ValueTask<object?> RefreshEnvelopeAsync(HttpContext context, object? result, ServerRedirect? redirect, CancellationToken cancellationToken)
    {
        if (refresher is null ||
            RefreshHeaders.LocalPath(context.Request.Headers[RefreshHeaders.Refresh]) is not { } page)
        {
            return result;
        }

        double at = FlightResponse.RenderedAt();
        object? tree = null;
        try
        {
            tree = await refresher.RenderTreeAsync(context, redirect?.Location ?? page, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            ServerFunctionHandler.Log.RefreshFailed(logger, logId, e);
        }

        context.Response.Headers[RefreshHeaders.Envelope] = RefreshHeaders.EnvelopeVersion;
        var envelope = new Dictionary<string, object?>(5, StringComparer.Ordinal)
        {
            ["value"] = Task.FromResult(result),
            ["tree"] = tree,
            ["at"] = at,
        };
        if (redirect is not null && tree is not null)
        {
            envelope["redirect"] = redirect.Location;
            envelope["replace"] = redirect.ReplacesHistory;
        }

        return envelope;
    }
}
