using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace UseServer.EndToEnd.Tests.ScaleOut;

/// <summary>
/// Version skew across a deploy, with two builds of the sample: in build 2, <c>DiagnosticsFunctions.Greet</c> takes
/// another parameter, so its generated ID (a hash of the signature, docs/generator.md) is new. A page of build 1 left
/// open while build 2 replaces the server keeps calling the functions whose signatures did not change; its call of the
/// changed one gets 404 <c>unknown-function</c>, the client's <c>onClientOutdated</c> reloads the page, and the
/// reloaded page is build 2's.
/// </summary>
[Collection(NotesCollection.Name)]
public sealed partial class VersionSkewTests(NotesFixture notes, PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    [Fact]
    public async Task An_old_page_keeps_unchanged_functions_and_reloads_when_a_changed_one_is_unknown()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(10));
        string build1 = await PublishedNotes.GetAsync(1, timeout.Token);
        string build2 = await PublishedNotes.GetAsync(2, timeout.Token);
        string database = await postgres.Server.CreateDatabaseAsync(timeout.Token);
        NotesInstance app = await NotesInstance.StartAsync("Notes build 1", build1, database, timeout.Token);
        try
        {
            await using IBrowserContext context = await notes.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.BaseUrl.ToString() });
            IPage page = await context.NewPageAsync();
            await page.GotoAsync(ProbePage.Path);
            await Expect(page.Locator("body[data-probe='ready']")).ToHaveCountAsync(1);
            Assert.Equal("ok:1", await page.EvaluateAsync<string>("probe.buildVersion()"));
            Assert.Equal("ok:Hello, Ada!", await page.EvaluateAsync<string>("probe.greet('Ada')"));

            // The deploy: build 2 replaces build 1 at the same address, on the same database; the page stays open.
            await app.DisposeAsync();
            app = await NotesInstance.StartAsync("Notes build 2", build2, database, timeout.Token, baseUrl: app.BaseUrl);

            Assert.Equal("ok:2", await page.EvaluateAsync<string>("probe.buildVersion()")); // same signature, same ID: build 2 answers
            Assert.Equal("ok:unchanged", await page.EvaluateAsync<string>("probe.echo('unchanged')"));
            Assert.Equal(0, await page.EvaluateAsync<int>("probe.reloads()"));

            IResponse? outdated = null;
            page.Response += (_, response) =>
            {
                if (response.Url.Contains("DiagnosticsFunctions.Greet", StringComparison.Ordinal))
                {
                    outdated = response;
                }
            };
            // The reloaded document fetches its script again (the old one is gone by then).
            await page.RunAndWaitForResponseAsync(
                () => page.EvaluateAsync("() => { probe.greet('Ada'); }"),
                response => response.Url.Contains("/probe/probe.js", StringComparison.Ordinal));

            Assert.NotNull(outdated);
            Assert.Equal(404, outdated.Status);
            // Its body is gone with the old document; the same call from here shows the answer's problem type.
            string oldId = OldGreetId().Match(await File.ReadAllTextAsync(Path.Combine(build1, "wwwroot", "probe", "probe.js"), timeout.Token)).Value;
            using var client = new HttpClient { BaseAddress = app.BaseUrl };
            FunctionCalls.Answer answer = await FunctionCalls.CallAsync(client, oldId, "[\"Ada\"]", timeout.Token);
            Assert.Equal(System.Net.HttpStatusCode.NotFound, answer.Status);
            Assert.Contains("unknown-function", answer.Body, StringComparison.Ordinal);
            await Expect(page.Locator("body[data-probe='ready']")).ToHaveCountAsync(1);
            Assert.Equal(1, await page.EvaluateAsync<int>("probe.reloads()"));
            // The reloaded page is build 2's: its stub has the new signature and ID.
            Assert.Equal("ok:Hello, Ada! Hello, Ada!", await page.EvaluateAsync<string>("probe.greet('Ada', 2)"));
        }
        finally
        {
            await app.DisposeAsync();
        }
    }

    [GeneratedRegex("Notes\\.Functions\\.DiagnosticsFunctions\\.Greet#[0-9a-f]{12}")]
    private static partial Regex OldGreetId();
}
