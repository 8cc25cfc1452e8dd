using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace UseServer.EndToEnd.Tests;

/// <summary>
/// Every client-side use of server functions in the Notes sample, in headless Chromium against the
/// published app (Production, SQLite). Tests share one app and database, so each reads counts before acting.
/// </summary>
[Collection(NotesCollection.Name)]
public sealed class NotesTests(NotesFixture fixture)
{
    private static readonly Regex TitleWord = new("title", RegexOptions.IgnoreCase);

    [Fact]
    public async Task Create_note_in_a_transition_shows_pending_then_adds_an_empty_note()
    {
        await using var session = await NotesSession.OpenAsync(fixture);
        var before = await session.NoteCountAsync();
        await Expect(session.ById("create-note-pending")).ToBeHiddenAsync();

        var gate = await RequestGate.HoldAsync(session.Page, "notes.create");
        await session.ById("create-note").ClickAsync();
        await gate.AllArrivedAsync();
        await Expect(session.ById("create-note-pending")).ToBeVisibleAsync();
        await session.ExpectNoteCountAsync(before);

        gate.Release();
        await Expect(session.ById("create-note-pending")).ToBeHiddenAsync();
        await session.ExpectNoteCountAsync(before + 1);
        await Expect(session.ById("note-item").Last.GetByTestId("note-title")).ToHaveTextAsync("");
        session.AssertNoConsoleErrors();
    }

    [Fact]
    public async Task Three_quick_clicks_make_three_concurrent_calls_and_three_notes()
    {
        await using var session = await NotesSession.OpenAsync(fixture);
        var before = await session.NoteCountAsync();

        // The gate lets nothing through until all three calls are in flight at once.
        var gate = await RequestGate.HoldAsync(session.Page, "notes.create", expected: 3);
        var button = session.ById("create-note");
        await button.ClickAsync();
        await button.ClickAsync();
        await button.ClickAsync();
        await gate.AllArrivedAsync();
        Assert.Equal(3, gate.Arrived);
        await Expect(session.ById("create-note-pending")).ToBeVisibleAsync();
        await Expect(session.ById("create-note-pending")).ToContainTextAsync("3");

        gate.Release();
        await session.ExpectNoteCountAsync(before + 3);
        await Expect(session.ById("create-note-pending")).ToBeHiddenAsync();
        session.AssertNoConsoleErrors();
    }

    [Fact]
    public async Task Rename_form_action_renames_the_notebook_and_resets_the_input()
    {
        await using var session = await NotesSession.OpenAsync(fixture);
        var name = "Trip to Lisbon " + Guid.NewGuid().ToString("N")[..6];
        var input = session.ById("rename-form").Locator("input[name='name']");

        await input.FillAsync(name);
        await session.ById("rename-submit").ClickAsync();

        await Expect(session.ById("notebook-name")).ToHaveTextAsync(name);
        await Expect(input).ToHaveValueAsync("");
        session.AssertNoConsoleErrors();
    }

    [Fact]
    public async Task Add_note_with_useActionState_shows_pending_then_the_servers_answer()
    {
        await using var session = await NotesSession.OpenAsync(fixture);
        var before = await session.NoteCountAsync();
        var title = "Buy olives " + Guid.NewGuid().ToString("N")[..6];
        var input = session.ById("add-note-form").Locator("input[name='title']");

        var gate = await RequestGate.HoldAsync(session.Page, "notes.add");
        await input.FillAsync(title);
        await session.ById("add-note-submit").ClickAsync();
        await gate.AllArrivedAsync();
        await Expect(session.ById("add-note-pending")).ToBeVisibleAsync();

        gate.Release();
        await Expect(session.ById("add-note-result")).ToHaveTextAsync("Added: " + title);
        await Expect(session.ById("add-note-pending")).ToBeHiddenAsync();
        await Expect(session.NoteTitled(title)).ToHaveCountAsync(1);
        await session.ExpectNoteCountAsync(before + 1);
        await Expect(input).ToHaveValueAsync("");
        session.AssertNoConsoleErrors();
    }

    [Fact]
    public async Task Add_note_is_validated_on_the_server_empty_and_101_characters_fail_100_pass()
    {
        await using var session = await NotesSession.OpenAsync(fixture);
        var before = await session.NoteCountAsync();
        var input = session.ById("add-note-form").Locator("input[name='title']");
        var result = session.ById("add-note-result");

        await session.ById("add-note-submit").ClickAsync();
        await Expect(result).ToContainTextAsync(TitleWord);
        await Expect(result).Not.ToContainTextAsync("Added:");

        await input.FillAsync(new string('x', 101));
        await session.ById("add-note-submit").ClickAsync();
        await Expect(result).ToContainTextAsync("100");
        await Expect(result).ToContainTextAsync(TitleWord);
        await session.ExpectNoteCountAsync(before);

        var hundred = "h" + Guid.NewGuid().ToString("N") + new string('y', 67);
        Assert.Equal(100, hundred.Length);
        await input.FillAsync(hundred);
        await session.ById("add-note-submit").ClickAsync();
        await Expect(result).ToHaveTextAsync("Added: " + hundred);
        await session.ExpectNoteCountAsync(before + 1);
        session.AssertNoConsoleErrors();
    }

    [Fact]
    public async Task A_throwing_function_shows_a_generic_message_and_the_app_stays_usable()
    {
        await using var session = await NotesSession.OpenAsync(fixture);

        await session.ById("fail-action").ClickAsync();
        await Expect(session.ById("fail-message")).ToBeVisibleAsync();
        await Expect(session.ById("fail-message")).ToContainTextAsync("went wrong");
        Assert.DoesNotContain("notes-secret-failure", await session.Page.ContentAsync());

        var before = await session.NoteCountAsync();
        await session.ById("create-note").ClickAsync();
        await session.ExpectNoteCountAsync(before + 1);
        // The only console error is the browser's report of the failing call's 500.
        var errors = session.ConsoleErrors();
        Assert.Single(errors);
        Assert.Contains("500", errors[0]);
        Assert.DoesNotContain("notes-secret-failure", errors[0]);
    }

    [Fact]
    public async Task An_attachment_uploaded_through_the_form_is_listed_with_its_name_and_size_and_downloads()
    {
        await using var session = await NotesSession.OpenAsync(fixture);
        var title = "Boarding pass " + Guid.NewGuid().ToString("N")[..6];
        var content = new byte[2560];
        new Random(7).NextBytes(content);

        await session.ById("add-note-form").Locator("input[name='title']").FillAsync(title);
        await session.ById("add-note-form").Locator("input[name='attachment']").SetInputFilesAsync(
            new FilePayload { Name = "boarding-pass.pdf", MimeType = "application/pdf", Buffer = content });
        await session.ById("add-note-submit").ClickAsync();
        await Expect(session.ById("add-note-result")).ToHaveTextAsync("Added: " + title);

        var attachment = session.NoteTitled(title).GetByTestId("note-attachment");
        await Expect(attachment).ToContainTextAsync("boarding-pass.pdf");
        await Expect(attachment).ToContainTextAsync("2.5 KB");

        var href = await attachment.GetAttributeAsync("href");
        Assert.NotNull(href);
        var download = await session.Page.APIRequest.GetAsync(href);
        Assert.Equal(200, download.Status);
        Assert.Equal("application/pdf", download.Headers["content-type"]);
        Assert.Equal(content, await download.BodyAsync());
        session.AssertNoConsoleErrors();
    }

    [Fact]
    public async Task Dates_render_as_exact_instants()
    {
        await using var session = await NotesSession.OpenAsync(fixture);
        var title = "Dated " + Guid.NewGuid().ToString("N")[..6];
        await session.AddNoteAsync(title);
        var created = session.NoteTitled(title).GetByTestId("note-created");
        await Expect(created).ToBeVisibleAsync();

        // The server component writes the <time> with the instant as Date.toISOString() would, and shows it formatted.
        var iso = await created.GetAttributeAsync("datetime");
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$", iso);
        var when = DateTime.Parse(iso!, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);
        Assert.InRange(when, DateTime.UtcNow.AddDays(-1), DateTime.UtcNow.AddDays(1));
        Assert.Contains(when.Year.ToString(CultureInfo.InvariantCulture), await created.InnerTextAsync());
        Assert.True(await session.Page.EvaluateAsync<bool>(
            "el => el.dateTime === new Date(el.dateTime).toISOString()", await created.ElementHandleAsync()));
        session.AssertNoConsoleErrors();
    }

    [Fact]
    public async Task Data_survives_a_reload_and_an_app_restart()
    {
        await using var session = await NotesSession.OpenAsync(fixture);
        var title = "Persistent " + Guid.NewGuid().ToString("N")[..6];
        await session.AddNoteAsync(title);
        await Expect(session.NoteTitled(title)).ToHaveCountAsync(1);
        var name = await session.ById("notebook-name").InnerTextAsync();
        var count = await session.NoteCountAsync();

        await session.ReloadAsync();
        await Expect(session.NoteTitled(title)).ToHaveCountAsync(1);

        await fixture.App.RestartAsync(CancellationToken.None);
        await session.ReloadAsync();
        await Expect(session.NoteTitled(title)).ToHaveCountAsync(1);
        await Expect(session.ById("notebook-name")).ToHaveTextAsync(name);
        Assert.Equal(count, await session.NoteCountAsync());
        session.AssertNoConsoleErrors();
    }
}
