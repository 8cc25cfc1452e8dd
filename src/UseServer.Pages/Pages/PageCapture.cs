using UseServer.Components;

namespace UseServer.Pages.Pages;

/// <summary>
/// Set on a request while its page is rendered for another answer (the refresh envelope, a form post): the
/// page's <see cref="PageResult"/> hands its tree over here instead of writing a response.
/// </summary>
internal sealed class PageCapture
{
    public Node? Page { get; set; }

    /// <summary>The page delegate answered something other than a page (a redirect, a 404).</summary>
    public bool Declined { get; set; }
}
