using Microsoft.AspNetCore.Http;

namespace UseServer.AspNetCore.Refresh;

/// <summary>
/// Renders the page a server function was called from, so the call's answer can carry the page's new tree
/// (the refresh envelope, docs/pages.md). Registered by UseServer.Pages; without it calls
/// never answer with an envelope.
/// </summary>
internal interface IPageRefresher
{
    /// <summary>
    /// The page tree at <paramref name="pathAndQuery"/> as a value the Flight writer writes, rendered for the
    /// caller of <paramref name="context"/>; <see langword="null"/> when no page lives there or the caller may not see it.
    /// </summary>
    ValueTask<object?> RenderTreeAsync(HttpContext context, string pathAndQuery, CancellationToken cancellationToken);
}
