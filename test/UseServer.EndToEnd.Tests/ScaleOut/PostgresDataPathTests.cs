using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace UseServer.EndToEnd.Tests.ScaleOut;

/// <summary>
/// The published sample on a real PostgreSQL server (PostgresServer: Debian's package, on loopback): the schema comes
/// from the sample's PostgreSQL migrations on start, the page's data path writes and reads there, and a restart
/// (migrating again) keeps the data. SQLite stays the default everywhere else.
/// </summary>
[Collection(NotesCollection.Name)]
public sealed class PostgresDataPathTests(NotesFixture notes, PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    [Fact]
    public async Task The_sample_migrates_PostgreSQL_on_start_and_its_page_reads_and_writes_there()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(8));
        string publish = await PublishedNotes.GetAsync(1, timeout.Token);
        string database = await postgres.Server.CreateDatabaseAsync(timeout.Token);
        await using NotesInstance app = await NotesInstance.StartAsync("Notes (PostgreSQL)", publish, database, timeout.Token);

        Assert.Equal(["InitialCreate", "AddDataProtectionKeys"], await MigrationsAsync(database, timeout.Token));
        await using IBrowserContext context = await notes.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.BaseUrl.ToString() });
        IPage page = await context.NewPageAsync();
        await page.GotoAsync("/");
        await Expect(page.Locator("body[data-hydrated='true']")).ToHaveCountAsync(1);
        await page.GetByTestId("add-note-form").Locator("input[name='title']").FillAsync("Stored in PostgreSQL");
        await page.GetByTestId("add-note-submit").ClickAsync();
        await Expect(page.GetByTestId("add-note-result")).ToHaveTextAsync("Added: Stored in PostgreSQL");

        Assert.Equal(["Stored in PostgreSQL"], await Sql.TitlesAsync(database, timeout.Token));
        // The page's bound argument was sealed with a key the app wrote to the database's ring.
        Assert.NotEmpty(await Sql.ColumnAsync<int>(database, "SELECT \"Id\" FROM \"DataProtectionKeys\"", timeout.Token));

        await app.DisposeAsync();
        await app.StartAsync(timeout.Token); // migrates again: nothing pending, nothing lost
        await page.ReloadAsync();
        await Expect(page.GetByTestId("note-item")).ToContainTextAsync(["Stored in PostgreSQL"]);
        await Expect(page.GetByTestId("note-count")).ToHaveTextAsync("1");
    }

    private static async Task<List<string>> MigrationsAsync(string database, CancellationToken cancellationToken) =>
        [.. (await Sql.ColumnAsync<string>(database, "SELECT \"MigrationId\" FROM \"__EFMigrationsHistory\" ORDER BY \"MigrationId\"", cancellationToken))
            .Select(id => id[(id.IndexOf('_') + 1)..])];
}
