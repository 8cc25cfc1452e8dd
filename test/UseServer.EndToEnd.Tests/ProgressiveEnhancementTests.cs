using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace UseServer.EndToEnd.Tests;

/// <summary>
/// Progressive enhancement (issue: forms before JavaScript): the sample's forms work as plain HTML forms with
/// JavaScript disabled, and a submit made before the bundle has loaded takes effect exactly once.
/// </summary>
[Collection(NotesCollection.Name)]
public sealed class ProgressiveEnhancementTests(NotesFixture fixture)
{
    [Fact]
    public async Task Without_javascript_add_note_posts_to_the_permalink_and_shows_the_result_and_the_note()
    {
        await using var session = await NotesSession.OpenWithoutJavaScriptAsync(fixture);
        var before = await session.NoteCountAsync();
        var title = "No script " + Guid.NewGuid().ToString("N")[..6];

        await session.ById("add-note-form").Locator("input[name='title']").FillAsync(title);
        var navigation = session.Page.WaitForResponseAsync(r => r.Request.Method == "POST");
        await session.ById("add-note-submit").ClickAsync();
        IResponse response = await navigation;

        Assert.Equal(200, response.Status);
        Assert.EndsWith("/", response.Url, StringComparison.Ordinal);
        await Expect(session.ById("add-note-result")).ToHaveTextAsync("Added: " + title);
        await Expect(session.NoteTitled(title)).ToHaveCountAsync(1);
        await session.ExpectNoteCountAsync(before + 1);
    }

    [Fact]
    public async Task Without_javascript_the_servers_validation_message_shows()
    {
        await using var session = await NotesSession.OpenWithoutJavaScriptAsync(fixture);
        var before = await session.NoteCountAsync();

        await session.ById("add-note-form").Locator("input[name='title']").FillAsync(new string('x', 101));
        await session.ById("add-note-submit").ClickAsync();

        await Expect(session.ById("add-note-result")).ToContainTextAsync(new System.Text.RegularExpressions.Regex("title", System.Text.RegularExpressions.RegexOptions.IgnoreCase));
        await session.ExpectNoteCountAsync(before);

        // The state carried on: a second submit from the rendered page works too.
        var title = "Second try " + Guid.NewGuid().ToString("N")[..6];
        await session.ById("add-note-form").Locator("input[name='title']").FillAsync(title);
        await session.ById("add-note-submit").ClickAsync();
        await Expect(session.ById("add-note-result")).ToHaveTextAsync("Added: " + title);
        await session.ExpectNoteCountAsync(before + 1);
    }

    [Fact]
    public async Task Without_javascript_rename_posts_and_redirects_back_to_the_renamed_page()
    {
        await using var session = await NotesSession.OpenWithoutJavaScriptAsync(fixture);
        var name = "Offline " + Guid.NewGuid().ToString("N")[..6];
        var statuses = new List<int>();
        session.Page.Response += (_, r) => { lock (statuses) { statuses.Add(r.Status); } };

        await session.ById("rename-form").Locator("input[name='name']").FillAsync(name);
        await session.ById("rename-submit").ClickAsync();

        await Expect(session.ById("notebook-name")).ToHaveTextAsync(name);
        lock (statuses)
        {
            Assert.Contains(303, statuses);
        }
    }

    [Fact]
    public async Task Without_javascript_the_server_components_button_creates_a_note()
    {
        await using var session = await NotesSession.OpenWithoutJavaScriptAsync(fixture);
        var before = await session.NoteCountAsync();

        await session.ById("empty-note-button").ClickAsync();

        await session.ExpectNoteCountAsync(before + 1);
    }

    [Fact]
    public async Task A_submit_before_the_bundle_loads_takes_effect_exactly_once_and_the_page_then_hydrates()
    {
        await using var session = await NotesSession.CreateAsync(fixture);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var held = 0;
        await session.Page.RouteAsync("**/assets/*.js", async route =>
        {
            if (Interlocked.Increment(ref held) == 1)
            {
                await release.Task; // the first page's bundle arrives only after the submit
            }

            await route.ContinueAsync();
        });
        await session.Page.GotoAsync("/", new PageGotoOptions { WaitUntil = WaitUntilState.Commit });
        await Expect(session.ById("add-note-form")).ToBeVisibleAsync();
        var before = await session.NoteCountAsync();
        var title = "Early bird " + Guid.NewGuid().ToString("N")[..6];

        await session.ById("add-note-form").Locator("input[name='title']").FillAsync(title);
        await session.ById("add-note-submit").ClickAsync();
        release.TrySetResult();

        await Expect(session.ById("add-note-result")).ToHaveTextAsync("Added: " + title);
        await session.WaitHydratedAsync();
        await Expect(session.NoteTitled(title)).ToHaveCountAsync(1);
        await session.ExpectNoteCountAsync(before + 1);
        session.AssertNoConsoleErrors();
    }

    [Fact]
    public async Task A_client_action_form_submitted_before_hydration_is_replayed_by_react_exactly_once()
    {
        await using var session = await NotesSession.CreateAsync(fixture);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await session.Page.RouteAsync("**/assets/*.js", async route =>
        {
            await release.Task; // no script runs until after the submit
            await route.ContinueAsync();
        });
        await session.Page.GotoAsync("/", new PageGotoOptions { WaitUntil = WaitUntilState.Commit });
        await Expect(session.ById("quick-add-form")).ToBeVisibleAsync();
        var before = await session.NoteCountAsync();
        var title = "Replayed " + Guid.NewGuid().ToString("N")[..6];
        var posts = 0;
        session.Page.Request += (_, request) =>
        {
            if (request.Method == "POST")
            {
                Interlocked.Increment(ref posts);
            }
        };

        await session.ById("quick-add-form").Locator("input[name='title']").FillAsync(title);
        await session.ById("quick-add-submit").ClickAsync(); // React's inline script queues it: no navigation
        release.TrySetResult();

        await session.WaitHydratedAsync();
        await Expect(session.ById("quick-add-result")).ToHaveTextAsync("Added: " + title);
        await session.ExpectNoteCountAsync(before + 1);
        Assert.Equal(1, Volatile.Read(ref posts)); // the replayed call, once; the page itself was never posted
        session.AssertNoConsoleErrors();
    }
}
