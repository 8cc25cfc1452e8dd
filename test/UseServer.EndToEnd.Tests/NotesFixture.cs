using Microsoft.Playwright;
using UseServer.EndToEnd.Tests.Hosting;

namespace UseServer.EndToEnd.Tests;

/// <summary>One published, running Notes app and one headless Chromium for the whole collection.</summary>
public sealed class NotesFixture : IAsyncLifetime
{
    private readonly TempDirectory _workDir = new("notes-e2e-");
    private HeadlessChromium? _chromium;
    private NotesApp? _app;

    public NotesApp App => _app ?? throw new InvalidOperationException("Not started.");

    public IBrowser Browser => _chromium?.Browser ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(8));
        _app = await NotesApp.PublishAndStartAsync(_workDir.Path, timeout.Token);
        _chromium = await HeadlessChromium.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        if (_chromium is not null)
        {
            await _chromium.DisposeAsync();
        }

        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        _workDir.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class NotesCollection : ICollectionFixture<NotesFixture>
{
    public const string Name = "Notes app";
}
