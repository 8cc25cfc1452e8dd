using Microsoft.AspNetCore.Http;
using UseServer.Components;

namespace UseServer.Pages;

/// <summary>Options for server component pages (<c>AddServerComponentPages</c>).</summary>
public sealed class PageOptions
{
    /// <summary>
    /// The client build's manifest (written by the <c>@useserver/client/vite</c> plugin), relative to the content
    /// root unless rooted. Default <c>useserver/client-manifest.json</c>.
    /// </summary>
    public string ManifestPath { get; set; } = "useserver/client-manifest.json";

    /// <summary>The server-rendering bundle the same plugin writes, relative to the content root unless rooted. Default <c>useserver/ssr.js</c>.</summary>
    public string SsrBundlePath { get; set; } = "useserver/ssr.js";

    /// <summary>The document's <c>lang</c> attribute. Default <c>en</c>.</summary>
    public string Language { get; set; } = "en";

    /// <summary>
    /// Wraps every page's tree inside <c>&lt;body&gt;</c>: an app-wide layout (header, navigation, error boundary).
    /// The document around it (<c>html</c>, <c>head</c> with the client build's styles, <c>body</c>) is rendered by UseServer.
    /// </summary>
    public Func<Node, Node>? Layout { get; set; }

    /// <summary>
    /// The CSP nonce of a request, given to React's inline scripts (and to the inlined Flight payload), or
    /// <see langword="null"/> for none. Default: none.
    /// </summary>
    public Func<HttpContext, string?>? Nonce { get; set; }

    /// <summary>
    /// Whether no-JS form posts must carry a valid ASP.NET antiforgery token when the app registers antiforgery
    /// (<c>AddAntiforgery()</c>, needed whenever it authenticates with cookies); the token rides in every server
    /// function form React renders. Default <see langword="true"/>. Same-origin checks apply either way.
    /// </summary>
    public bool ValidateAntiforgery { get; set; } = true;

    /// <summary>Checks at startup that every <c>[ClientComponent]</c> class of the app is in the manifest. Default <see langword="true"/>.</summary>
    public bool ValidateClientComponents { get; set; } = true;

    /// <summary>The assemblies whose <c>[ClientComponent]</c> classes are checked at startup. Default: the entry assembly.</summary>
    public IList<System.Reflection.Assembly> ClientComponentAssemblies { get; } = [];

    /// <summary>
    /// The client app's dev server in Development (Vite with HMR and React Fast Refresh, started and stopped with the
    /// app; C# edits refresh the page). On by default in Development when the client folder has a <c>dev</c> script;
    /// configuration section <c>UseServer:DevServer</c> overrides it. Never used in other environments.
    /// </summary>
    public DevServerOptions DevServer { get; } = new();
}
