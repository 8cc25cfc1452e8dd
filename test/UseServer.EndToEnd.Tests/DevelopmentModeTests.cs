using Microsoft.Playwright;
using UseServer.EndToEnd.Tests.Hosting;
using static Microsoft.Playwright.Assertions;

namespace UseServer.EndToEnd.Tests;

/// <summary>
/// The sample as <c>dotnet run</c> serves it: a Debug build in Development, with React's development bundles on both
/// sides (react-dom/server in V8 and the browser), which check far more than the production ones (keys, webpack
/// globals, hydration). The page hydrates with nothing in the console, and a server component's function works.
/// </summary>
[Collection(NotesCollection.Name)]
public sealed class DevelopmentModeTests(NotesFixture fixture)
{
    [Fact]
    public async Task The_development_build_hydrates_cleanly_and_its_actions_work()
    {
        string workDir = Path.Combine(Path.GetTempPath(), "notes-dev-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(workDir);
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(8));
        await using NotesApp app = await NotesApp.PublishAndStartAsync(workDir, timeout.Token, configuration: "Debug", environment: "Development");
        await using IBrowserContext context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.BaseUrl.ToString() });
        IPage page = await context.NewPageAsync();
        var console = new BrowserConsole();
        console.Watch(page);

        await page.GotoAsync("/");
        await Expect(page.Locator("body[data-hydrated='true']")).ToHaveCountAsync(1);
        await page.GetByTestId("empty-note-button").ClickAsync();
        await Expect(page.GetByTestId("note-count")).ToHaveTextAsync("1");
        await page.GetByTestId("add-note-form").Locator("input[name='title']").FillAsync("Dev note");
        await page.GetByTestId("add-note-submit").ClickAsync();
        await Expect(page.GetByTestId("add-note-result")).ToHaveTextAsync("Added: Dev note");

        Assert.Empty(console.Problems);
    }
}
