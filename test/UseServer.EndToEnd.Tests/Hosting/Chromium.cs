using Microsoft.Playwright;

namespace UseServer.EndToEnd.Tests.Hosting;

/// <summary>Debian's headless Chromium (CHROMIUM_PATH, default /usr/bin/chromium). Never a browser Playwright downloads.</summary>
public static class Chromium
{
    // Flags for a sandboxed machine without a network: no first-run, sync, component or background traffic.
    private static readonly string[] s_args =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--no-first-run", "--disable-sync", "--disable-quic",
    ];

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright) =>
        playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = Path(), Headless = true, Args = s_args });

    private static string Path()
    {
        var path = Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } configured ? configured : "/usr/bin/chromium";
        return File.Exists(path)
            ? path
            : throw new InvalidOperationException($"Chromium not found at {path}: `apt-get install -y chromium`, or set CHROMIUM_PATH.");
    }
}
