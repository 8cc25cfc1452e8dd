using Microsoft.Playwright;
using UseServer.EndToEnd.Tests.Hosting;

namespace UseServer.EndToEnd.Tests;

/// <summary>One published, running Notes app and one headless Chromium for the whole collection.</summary>
public sealed class NotesFixture : IAsyncLifetime
{
    private readonly string _workDir = Path.Combine(Path.GetTempPath(), "notes-e2e-" + Guid.NewGuid().ToString("N"));
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private NotesApp? _app;

    public NotesApp App => _app ?? throw new InvalidOperationException("Not started.");

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_workDir);
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(8));
        _app = await NotesApp.PublishAndStartAsync(_workDir, timeout.Token);

        Assertions.SetDefaultExpectTimeout(20_000);
        _playwright = await Playwright.CreateAsync();
        _browser = await Chromium.LaunchAsync(_playwright);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        try
        {
            Directory.Delete(_workDir, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on a slow shutdown: the temp folder is cleaned by the OS.
        }
    }
}

[CollectionDefinition(Name)]
public sealed class NotesCollection : ICollectionFixture<NotesFixture>
{
    public const string Name = "Notes app";
}
