using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace UseServer.EndToEnd.Tests;

/// <summary>A fresh browser context on the app's home page, hydrated, recording every console error.</summary>
public sealed class NotesSession : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly List<string> _errors = [];

    private NotesSession(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                lock (_errors)
                {
                    _errors.Add(message.Text);
                }
            }
        };
        page.PageError += (_, error) =>
        {
            lock (_errors)
            {
                _errors.Add("page error: " + error);
            }
        };
    }

    public IPage Page { get; }

    public ILocator ById(string testId) => Page.GetByTestId(testId);

    public static async Task<NotesSession> OpenAsync(NotesFixture fixture)
    {
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = fixture.App.BaseUrl.ToString() });
        var session = new NotesSession(context, await context.NewPageAsync());
        await session.GotoHomeAsync();
        return session;
    }

    /// <summary>
    /// A browser context with JavaScript disabled on <c>/</c>: what arrives is the server-rendered HTML only, and
    /// forms post as plain HTML forms (progressive enhancement).
    /// </summary>
    public static async Task<NotesSession> OpenWithoutJavaScriptAsync(NotesFixture fixture)
    {
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = fixture.App.BaseUrl.ToString(),
            JavaScriptEnabled = false,
        });
        var session = new NotesSession(context, await context.NewPageAsync());
        await session.Page.GotoAsync("/");
        return session;
    }

    /// <summary>A fresh context that has not loaded any page yet (the caller routes requests first).</summary>
    public static async Task<NotesSession> CreateAsync(NotesFixture fixture)
    {
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = fixture.App.BaseUrl.ToString() });
        return new NotesSession(context, await context.NewPageAsync());
    }

    /// <summary>Loads <c>/</c> and waits until React has hydrated it.</summary>
    public async Task GotoHomeAsync()
    {
        await Page.GotoAsync("/");
        await WaitHydratedAsync();
    }

    public async Task ReloadAsync()
    {
        await Page.ReloadAsync();
        await WaitHydratedAsync();
    }

    public Task WaitHydratedAsync() => Assertions.Expect(Page.Locator("body[data-hydrated='true']")).ToHaveCountAsync(1);

    /// <summary>The number <c>note-count</c> shows; it must equal the number of <c>note-item</c>s.</summary>
    public async Task<int> NoteCountAsync()
    {
        var text = (await ById("note-count").TextContentAsync() ?? "").Trim();
        Assert.Matches("^[0-9]+$", text);
        var count = int.Parse(text);
        await Assertions.Expect(ById("note-item")).ToHaveCountAsync(count);
        return count;
    }

    public Task ExpectNoteCountAsync(int count) =>
        Task.WhenAll(
            Assertions.Expect(ById("note-count")).ToHaveTextAsync(count.ToString()),
            Assertions.Expect(ById("note-item")).ToHaveCountAsync(count));

    /// <summary>Submits the add-note form with <paramref name="title"/> and waits for the server's "Added" answer.</summary>
    public async Task AddNoteAsync(string title)
    {
        await ById("add-note-form").Locator("input[name='title']").FillAsync(title);
        await ById("add-note-submit").ClickAsync();
        await Assertions.Expect(ById("add-note-result")).ToHaveTextAsync("Added: " + title);
    }

    /// <summary>The note item whose title is exactly <paramref name="title"/>.</summary>
    public ILocator NoteTitled(string title) =>
        ById("note-item").Filter(new() { Has = Page.GetByTestId("note-title").GetByText(title, new() { Exact = true }) });

    /// <summary>Console errors so far, except those matching <paramref name="allowed"/>.</summary>
    public IReadOnlyList<string> ConsoleErrors(Regex? allowed = null)
    {
        lock (_errors)
        {
            return [.. _errors.Where(e => allowed is null || !allowed.IsMatch(e))];
        }
    }

    /// <summary>Asserts the page logged no console error (but those matching <paramref name="allowed"/>).</summary>
    public void AssertNoConsoleErrors(Regex? allowed = null) => Assert.Empty(ConsoleErrors(allowed));

    public async ValueTask DisposeAsync() => await _context.CloseAsync();
}
