using Microsoft.AspNetCore.Http;
using UseServer.Components;

namespace UseServer.Pages.Serving;

/// <summary>
/// Set on a request while its page is rendered for another answer (the refresh envelope, a form post): the
/// page's <see cref="PageResult"/> hands its tree (inside its segments) over here instead of writing a response.
/// </summary>
internal sealed class PageCapture(Endpoint endpoint)
{
    /// <summary>The page endpoint being rendered (its segments wrap the page).</summary>
    public Endpoint Endpoint { get; } = endpoint;

    public Node? Page { get; set; }

    /// <summary>The page delegate answered something other than a page (a redirect, a 404 without a not-found page).</summary>
    public bool Declined { get; set; }
}
