using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace UseServer.EndToEnd.Tests;

/// <summary>
/// Apps with many pages (issue: client navigation, nested layouts, loading, error and not-found pages): the Notes
/// sample's list and note pages share one layout; links navigate on the client without a document load, back and
/// forward work, the layout keeps its client state, a slow page shows the pending indicator, a failing page shows the
/// error page, unknown notes the not-found page, and a function's redirect navigates with the target's tree.
/// </summary>
[Collection(NotesCollection.Name)]
public sealed partial class NavigationTests(NotesFixture fixture)
{
    /// <summary>Set on <c>window</c> after hydration: a document load would drop it.</summary>
    private const string Marker = "window.__sameDocument";

    [Fact]
    public async Task A_link_navigates_without_a_document_load_and_back_and_forward_work()
    {
        await using var session = await NotesSession.OpenAsync(fixture);
        string title = "Navigate " + Guid.NewGuid().ToString("N")[..8];
        await session.AddNoteAsync(title);
        await MarkDocumentAsync(session.Page);
        int loads = 0;
        session.Page.Load += (_, _) => Interlocked.Increment(ref loads);

        await session.NoteTitled(title).GetByTestId("note-link").ClickAsync();
        await Expect(session.ById("note-detail-title")).ToHaveTextAsync(title);
        await Expect(session.Page).ToHaveURLAsync(NotePath());
        await Expect(session.Page).ToHaveTitleAsync(title + " · Notes");

        await session.Page.GoBackAsync();
        await Expect(session.NoteTitled(title)).ToBeVisibleAsync();
        await Expect(session.Page).ToHaveURLAsync(new Regex("/$"));
        await Expect(session.ById("note-detail")).ToHaveCountAsync(0);

        await session.Page.GoForwardAsync();
        await Expect(session.ById("note-detail-title")).ToHaveTextAsync(title);

        Assert.True(await SameDocumentAsync(session.Page));
        Assert.Equal(0, Volatile.Read(ref loads));
        session.AssertNoConsoleErrors();
    }

    [Fact]
    public async Task A_navigation_scrolls_to_the_top_and_back_restores_where_the_list_was_scrolled()
    {
        await using var session = await NotesSession.OpenAsync(fixture);
        string title = "Scroll " + Guid.NewGuid().ToString("N")[..8];
        await session.AddNoteAsync(title);
        await session.Page.SetViewportSizeAsync(800, 360); // the list page is taller than the window
        ILocator link = session.NoteTitled(title).GetByTestId("note-link");
        await link.ScrollIntoViewIfNeededAsync();
        double listScroll = await ScrollYAsync(session.Page);
        Assert.True(listScroll > 0, "the list page should scroll in a 360px window");

        await link.ClickAsync();
        await Expect(session.ById("note-detail-title")).ToHaveTextAsync(title);
        Assert.Equal(0, await ScrollYAsync(session.Page));

        await session.Page.GoBackAsync();
        await Expect(session.NoteTitled(title)).ToBeVisibleAsync();
        await session.Page.WaitForFunctionAsync($"Math.abs(window.scrollY - {listScroll.ToString(System.Globalization.CultureInfo.InvariantCulture)}) < 2");
        session.AssertNoConsoleErrors();
    }

    [Fact]
    public async Task The_shared_layout_keeps_its_client_state_across_navigations()
    {
        await using var session = await NotesSession.OpenAsync(fixture);
        string title = "Layout " + Guid.NewGuid().ToString("N")[..8];
        await session.AddNoteAsync(title);
        await MarkDocumentAsync(session.Page);
        await session.ById("quick-jump-input").FillAsync("42");

        await session.NoteTitled(title).GetByTestId("note-link").ClickAsync();
        await Expect(session.ById("note-detail-title")).ToHaveTextAsync(title);
        await Expect(session.ById("quick-jump-input")).ToHaveValueAsync("42");

        await session.ById("nav-home").ClickAsync();
        await Expect(session.NoteTitled(title)).ToBeVisibleAsync();
        await Expect(session.ById("quick-jump-input")).ToHaveValueAsync("42");

        // The layout's form navigates with the router too: to the note whose number it is given.
        string id = await session.NoteTitled(title).GetAttributeAsync("data-note-id") ?? "";
        await session.ById("quick-jump-input").FillAsync(id);
        await session.ById("quick-jump-go").ClickAsync();
        await Expect(session.ById("note-detail-title")).ToHaveTextAsync(title);
        Assert.True(await SameDocumentAsync(session.Page));
        session.AssertNoConsoleErrors();
    }

    [Fact]
    public async Task A_slow_page_shows_the_pending_indicator_while_the_current_page_stays()
    {
        await using var session = await NotesSession.OpenAsync(fixture);
        string title = "Slow " + Guid.NewGuid().ToString("N")[..8];
        await session.AddNoteAsync(title);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var held = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await session.Page.RouteAsync(NotePath(), async route =>
        {
            held.TrySetResult();
            await release.Task;
            await route.ContinueAsync();
        });

        await session.NoteTitled(title).GetByTestId("note-link").ClickAsync();
        await held.Task.WaitAsync(TimeSpan.FromMinutes(1));
        await Expect(session.ById("navigation-pending")).ToBeVisibleAsync();
        await Expect(session.ById("note-list")).ToBeVisibleAsync(); // the list stays until the note arrives

        release.SetResult();
        await Expect(session.ById("note-detail-title")).ToHaveTextAsync(title);
        await Expect(session.ById("navigation-pending")).ToHaveCountAsync(0);
        session.AssertNoConsoleErrors();
    }

    [Fact]
    public async Task A_link_is_prefetched_when_the_pointer_comes_near_it_and_the_click_uses_it()
    {
        await using var session = await NotesSession.OpenAsync(fixture);
        string title = "Prefetch " + Guid.NewGuid().ToString("N")[..8];
        await session.AddNoteAsync(title);
        var fetches = new List<string>();
        session.Page.Request += (_, request) =>
        {
            if (request.Url.Contains("/notes/", StringComparison.Ordinal))
            {
                lock (fetches)
                {
                    fetches.Add(request.Headers.TryGetValue("accept", out string? accept) ? accept : "");
                }
            }
        };
        ILocator link = session.NoteTitled(title).GetByTestId("note-link");

        Task<IRequest> prefetch = session.Page.WaitForRequestAsync(NotePath());
        await link.HoverAsync();
        await prefetch; // fetched ahead, before any click
        await session.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await link.ClickAsync();
        await Expect(session.ById("note-detail-title")).ToHaveTextAsync(title);

        Assert.Equal(1, Count(fetches)); // the click used the prefetched page
        Assert.Contains("text/x-component", fetches[0], StringComparison.Ordinal);
        session.AssertNoConsoleErrors();
    }

    [Fact]
    public async Task Renaming_on_the_note_page_shows_everywhere_and_deleting_redirects_to_the_list_with_its_tree()
    {
        await using var session = await NotesSession.OpenAsync(fixture);
        string title = "Rename " + Guid.NewGuid().ToString("N")[..8];
        await session.AddNoteAsync(title);
        int before = await session.NoteCountAsync();
        await MarkDocumentAsync(session.Page);
        await session.NoteTitled(title).GetByTestId("note-link").ClickAsync();
        await Expect(session.ById("note-detail-title")).ToHaveTextAsync(title);

        string renamed = title + " (renamed)";
        await session.ById("rename-note-input").FillAsync(renamed);
        await session.ById("rename-note-submit").ClickAsync();
        await Expect(session.ById("note-detail-title")).ToHaveTextAsync(renamed);
        await Expect(session.ById("rename-note-input")).ToHaveValueAsync(""); // React reset the form
        await session.Page.GoBackAsync();
        await Expect(session.NoteTitled(renamed)).ToBeVisibleAsync(); // not the list as it was kept before the rename
        await session.Page.GoForwardAsync();
        await Expect(session.ById("note-detail-title")).ToHaveTextAsync(renamed);

        // The delete function redirects to "/": its answer carries the list's tree, so no page request follows it.
        var pageRequests = new List<string>();
        session.Page.Request += (_, request) =>
        {
            if (!request.Url.Contains("/_serverfn/", StringComparison.Ordinal) && request.ResourceType is "fetch" or "document")
            {
                lock (pageRequests)
                {
                    pageRequests.Add(request.Url);
                }
            }
        };
        await session.ById("delete-note").ClickAsync();
        await Expect(session.Page).ToHaveURLAsync(new Regex("/$"));
        await session.ExpectNoteCountAsync(before - 1);
        await Expect(session.NoteTitled(renamed)).ToHaveCountAsync(0);
        Assert.Empty(pageRequests);
        Assert.True(await SameDocumentAsync(session.Page));
        session.AssertNoConsoleErrors();
    }

    [Fact]
    public async Task Unknown_paths_and_notes_answer_the_not_found_page_in_the_layout()
    {
        using var client = new HttpClient { BaseAddress = fixture.App.BaseUrl };
        foreach (string path in new[] { "/no/such/page", "/notes/987654321" })
        {
            using HttpResponseMessage response = await client.GetAsync(path);
            string html = await response.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Contains("data-testid=\"not-found\"", html, StringComparison.Ordinal);
            Assert.Contains("data-testid=\"quick-jump-input\"", html, StringComparison.Ordinal); // inside the layout
        }

        // The wire contract is untouched: an unknown function is still the 404 problem, a GET of a function 405.
        using HttpResponseMessage unknown = await client.PostAsync("/_serverfn/no.such.function", new StringContent("[]"));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);

        await using var session = await NotesSession.OpenAsync(fixture);
        await MarkDocumentAsync(session.Page);
        await session.ById("quick-jump-input").FillAsync("987654321");
        await session.ById("quick-jump-go").ClickAsync();
        await Expect(session.ById("not-found")).ToBeVisibleAsync();
        await Expect(session.Page).ToHaveURLAsync(new Regex("/notes/987654321$"));
        await session.ById("not-found-home").ClickAsync();
        await Expect(session.ById("note-list")).ToBeVisibleAsync();
        Assert.True(await SameDocumentAsync(session.Page));
        session.AssertNoConsoleErrors(new Regex("404"));
    }

    [Fact]
    public async Task A_failing_page_shows_the_error_page_inside_the_layout_without_its_message()
    {
        await using var session = await NotesSession.OpenAsync(fixture);
        await MarkDocumentAsync(session.Page);

        await session.ById("failing-page-link").ClickAsync();
        await Expect(session.ById("page-error")).ToBeVisibleAsync();
        await Expect(session.ById("quick-jump-input")).ToBeVisibleAsync(); // the layout stays
        await Expect(session.ById("page-error").Locator("code")).Not.ToBeEmptyAsync(); // the digest
        await Expect(session.ById("page-error").Locator(".error-text")).ToHaveTextAsync("Something went wrong on our side."); // not React's #441 text
        Assert.DoesNotContain("notes-secret-page-failure", await session.Page.ContentAsync(), StringComparison.Ordinal);
        await session.ById("error-home").ClickAsync();
        await Expect(session.ById("note-list")).ToBeVisibleAsync();
        Assert.True(await SameDocumentAsync(session.Page));

        // A document load of it: the same error page, in the layout, with status 500 and no message.
        using var client = new HttpClient { BaseAddress = fixture.App.BaseUrl };
        using HttpResponseMessage response = await client.GetAsync("/demo/failing-page");
        string html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("data-testid=\"page-error\"", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"error-text\">Something went wrong on our side.</span>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("notes-secret-page-failure", html, StringComparison.Ordinal);
        session.AssertNoConsoleErrors(new Regex("segment failed|React error #441|An error occurred in the Server Components render|status of 500"));
    }

    private static Regex NotePath() => new("/notes/[0-9]+$");

    private static int Count(List<string> list)
    {
        lock (list)
        {
            return list.Count;
        }
    }

    private static Task<double> ScrollYAsync(IPage page) => page.EvaluateAsync<double>("window.scrollY");

    private static Task MarkDocumentAsync(IPage page) => page.EvaluateAsync(Marker + " = true");

    private static Task<bool> SameDocumentAsync(IPage page) => page.EvaluateAsync<bool>(Marker + " === true");
}
