namespace UseServer.Pages;

/// <summary>
/// The client app's dev server in Development (<see cref="PageOptions.DevServer"/>): UseServer starts it with the app
/// (<c>npm run dev</c> in the client folder, which runs Vite with the <c>@useserver/client/vite</c> plugin), renders
/// pages with the dev server's manifest and server bundle, and stops it with the app. The browser loads the page's
/// scripts from the dev server (Vite's HMR and React Fast Refresh); C# edits refresh the page. Never used outside the
/// Development environment. Each setting can also come from configuration, section <c>UseServer:DevServer</c>
/// (e.g. <c>UseServer__DevServer__Enabled=false</c>), which has the last word.
/// </summary>
public sealed class DevServerOptions
{
    /// <summary>
    /// Whether to start the dev server. Default <see langword="null"/>: in Development, when the client folder's
    /// <c>package.json</c> has a <c>dev</c> script. <see langword="false"/> serves the built client (<c>wwwroot/</c>,
    /// <c>useserver/</c>) as in production; <see langword="true"/> requires the client folder.
    /// </summary>
    public bool? Enabled { get; set; }

    /// <summary>The client app's folder (with its <c>package.json</c>), relative to the content root unless rooted. Default <c>ClientApp</c>.</summary>
    public string ClientPath { get; set; } = "ClientApp";

    /// <summary>The program that starts the dev server, run in <see cref="ClientPath"/>. Default <c>npm</c>.</summary>
    public string Command { get; set; } = "npm";

    /// <summary>Its arguments. Default <c>run dev</c>.</summary>
    public string Arguments { get; set; } = "run dev";

    /// <summary>
    /// Where the dev server writes its manifest and server bundle (the plugin is told, through the
    /// <c>USESERVER_DEV_OUT</c> environment variable), relative to the content root unless rooted. Default:
    /// <c>node_modules/.useserver</c> in <see cref="ClientPath"/>, beside Vite's own cache: never committed, never
    /// published, and the production build's files in <c>useserver/</c> are never overwritten.
    /// </summary>
    public string? OutputPath { get; set; }

    /// <summary>
    /// How long the app waits at startup for the dev server's first manifest and server bundle before it stops with an
    /// error. Default 2 minutes (a first start optimizes the app's dependencies and builds the server bundle).
    /// </summary>
    public TimeSpan StartTimeout { get; set; } = TimeSpan.FromMinutes(2);
}
