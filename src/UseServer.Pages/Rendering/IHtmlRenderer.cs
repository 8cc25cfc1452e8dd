using System.IO.Pipelines;

namespace UseServer.Pages.Rendering;

/// <summary>
/// Turns a page's Flight stream into HTML with React's own react-dom/server. The seam between pages and the engine
/// that runs React: V8 embedded in the process today (<see cref="V8.V8HtmlRenderer"/>); a Node.js worker process could
/// implement it for apps whose client components need Node APIs.
/// </summary>
internal interface IHtmlRenderer
{
    /// <summary>
    /// Reads the page payload from <paramref name="flight"/> (being written concurrently) and writes React's HTML to
    /// <paramref name="html"/> as it is produced, with the Flight chunks inlined before <c>&lt;/body&gt;</c> for hydration.
    /// </summary>
    /// <exception cref="HtmlRenderException">The render failed (the shell threw, a limit was hit).</exception>
    Task RenderAsync(PipeReader flight, PipeWriter html, HtmlRenderRequest request, CancellationToken cancellationToken);
}

/// <summary>What a render needs besides the payload.</summary>
/// <param name="BootstrapModules">The client build's entry modules (<c>&lt;script type="module"&gt;</c>).</param>
/// <param name="Nonce">The CSP nonce for React's inline scripts and the inlined payload, or <see langword="null"/>.</param>
internal sealed record HtmlRenderRequest(IReadOnlyList<string> BootstrapModules, string? Nonce);

/// <summary>A page could not be rendered to HTML.</summary>
internal sealed class HtmlRenderException(string message, Exception? inner = null) : Exception(message, inner);
