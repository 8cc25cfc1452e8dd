using Microsoft.Playwright;

namespace UseServer.EndToEnd.Tests.Hosting;

/// <summary>
/// Playwright driving Debian's headless Chromium (CHROMIUM_PATH, default /usr/bin/chromium), never a browser Playwright
/// downloads; disposing closes both.
/// </summary>
public sealed class HeadlessChromium : IAsyncDisposable
{
    // Flags for a sandboxed machine without a network: no first-run, sync, component or background traffic.
    private static readonly string[] s_args =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--no-first-run", "--disable-sync", "--disable-quic",
    ];

    private readonly IPlaywright _playwright;

    private HeadlessChromium(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        Browser = browser;
    }

    public IBrowser Browser { get; }

    /// <summary>Starts the browser; <paramref name="expectTimeout"/> is Playwright's default wait for expectations.</summary>
    public static async Task<HeadlessChromium> LaunchAsync(int expectTimeout = 20_000)
    {
        Assertions.SetDefaultExpectTimeout(expectTimeout);
        IPlaywright playwright = await Playwright.CreateAsync();
        try
        {
            IBrowser browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = ExecutablePath(), Headless = true, Args = s_args });
            return new HeadlessChromium(playwright, browser);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.CloseAsync();
        _playwright.Dispose();
    }

    private static string ExecutablePath()
    {
        var path = Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } configured ? configured : "/usr/bin/chromium";
        return File.Exists(path)
            ? path
            : throw new InvalidOperationException($"Chromium not found at {path}: `apt-get install -y chromium`, or set CHROMIUM_PATH.");
    }
}
