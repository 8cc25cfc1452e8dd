using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace UseServer.EndToEnd.Tests.ScaleOut;

/// <summary>
/// Cancellation end to end, in Chromium: a call the npm client aborts through its signal option, a plain fetch the page
/// aborts, and a tab closed during a call each fire the server function's <see cref="CancellationToken"/>
/// (<c>HttpContext.RequestAborted</c>): the sample's <c>diagnostics.hold</c> records it, read from
/// <c>/diagnostics/holds/{tag}</c>. A call nothing aborts completes (so "Cancelled" is not what every hold ends as).
/// </summary>
[Collection(NotesCollection.Name)]
public sealed class CancellationTests(NotesFixture notes, PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    /// <summary>Far longer than any test: only cancellation ends these calls early.</summary>
    private const int LongHold = 60_000;

    /// <summary><c>holdWithSignal</c>: the npm client's signal option (withSignal); <c>holdWithFetch</c>: a plain fetch.</summary>
    [Theory]
    [InlineData("holdWithSignal")]
    [InlineData("holdWithFetch")]
    public async Task Aborting_the_request_cancels_the_servers_token(string call)
    {
        await using Probe probe = await Probe.OpenAsync(notes, postgres);
        Task<string> outcome = probe.Page.EvaluateAsync<string>($"probe.{call}('{call}', {LongHold})");
        await FunctionCalls.WaitForHoldAsync(probe.App.BaseUrl, call, "Started");

        await probe.Page.EvaluateAsync($"probe.abort('{call}')");

        Assert.StartsWith("error:AbortError", await outcome, StringComparison.Ordinal);
        await FunctionCalls.WaitForHoldAsync(probe.App.BaseUrl, call, "Cancelled");
    }

    [Fact]
    public async Task Closing_the_tab_cancels_the_servers_token()
    {
        await using Probe probe = await Probe.OpenAsync(notes, postgres);
        _ = probe.Page.EvaluateAsync("() => { probe.hold('tab', " + LongHold + "); }");
        await FunctionCalls.WaitForHoldAsync(probe.App.BaseUrl, "tab", "Started");

        await probe.Page.CloseAsync();

        await FunctionCalls.WaitForHoldAsync(probe.App.BaseUrl, "tab", "Cancelled");
    }

    [Fact]
    public async Task A_call_nothing_aborts_completes()
    {
        await using Probe probe = await Probe.OpenAsync(notes, postgres);

        Assert.Equal("ok:200", await probe.Page.EvaluateAsync<string>("probe.holdWithSignal('control', 200)"));
        await FunctionCalls.WaitForHoldAsync(probe.App.BaseUrl, "control", "Completed");
    }

    /// <summary>One instance of the sample and the probe page open on it.</summary>
    private sealed class Probe : IAsyncDisposable
    {
        private Probe(NotesInstance app, IBrowserContext context, IPage page)
        {
            App = app;
            Context = context;
            Page = page;
        }

        public NotesInstance App { get; }

        public IBrowserContext Context { get; }

        public IPage Page { get; }

        public static async Task<Probe> OpenAsync(NotesFixture notes, PostgresFixture postgres)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(8));
            string publish = await PublishedNotes.GetAsync(1, timeout.Token);
            NotesInstance app = await NotesInstance.StartAsync("Notes", publish, await postgres.Server.CreateDatabaseAsync(timeout.Token), timeout.Token);
            IBrowserContext context = await notes.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.BaseUrl.ToString() });
            IPage page = await context.NewPageAsync();
            await page.GotoAsync(ProbePage.Path);
            await Expect(page.Locator("body[data-probe='ready']")).ToHaveCountAsync(1);
            return new Probe(app, context, page);
        }

        public async ValueTask DisposeAsync()
        {
            await Context.DisposeAsync();
            await App.DisposeAsync();
        }
    }
}
