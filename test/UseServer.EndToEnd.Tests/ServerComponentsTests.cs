using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace UseServer.EndToEnd.Tests;

/// <summary>
/// The Notes page as C# server components (issue: server components): HTML rendered by React on the server with
/// the data in it before any script runs, clean hydration, a server function handed to a client component as a
/// prop, and the page refreshed by each call's own answer.
/// </summary>
[Collection(NotesCollection.Name)]
public sealed partial class ServerComponentsTests(NotesFixture fixture)
{
    [Fact]
    public async Task The_page_arrives_as_html_with_its_data_and_the_inlined_payload()
    {
        using var client = new HttpClient { BaseAddress = fixture.App.BaseUrl };
        using HttpResponseMessage response = await GetHomeAsync(client, "text/html");
        string html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"note-list\"", html, StringComparison.Ordinal);
        Assert.Matches("data-testid=\"note-count\"[^>]*>[0-9]+<", html);
        Assert.Contains("data-testid=\"notebook-name\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"empty-note-button\"", html, StringComparison.Ordinal);
        Assert.Contains("self.__useserver_f", html, StringComparison.Ordinal);      // the Flight payload, for hydration
        Assert.Contains("<script type=\"module\"", html, StringComparison.Ordinal); // the bootstrap module
    }

    [Fact]
    public async Task The_page_answers_its_flight_payload_to_client_navigation()
    {
        using var client = new HttpClient { BaseAddress = fixture.App.BaseUrl };
        using HttpResponseMessage response = await GetHomeAsync(client, "text/x-component");
        string flight = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/x-component", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("\"tree\":", flight, StringComparison.Ordinal);
        Assert.Matches(new Regex("^[0-9a-f]+:I\\[", RegexOptions.Multiline), flight); // client component imports
    }

    [Fact]
    public async Task Content_is_there_before_any_script_runs_and_hydration_is_clean()
    {
        await using (var noScript = await NotesSession.OpenWithoutJavaScriptAsync(fixture))
        {
            await Expect(noScript.ById("note-list")).ToBeVisibleAsync();
            await Expect(noScript.ById("notebook-name")).Not.ToBeEmptyAsync();
            await Expect(noScript.Page.Locator("body[data-hydrated='true']")).ToHaveCountAsync(0);
        }

        await using var session = await NotesSession.OpenAsync(fixture);
        await session.NoteCountAsync();
        session.AssertNoConsoleErrors(); // a hydration mismatch is reported as an error (recoverable error)
    }

    [Fact]
    public async Task The_server_components_function_creates_an_empty_note_and_the_page_refreshes_in_the_same_answer()
    {
        await using var session = await NotesSession.OpenAsync(fixture);
        var before = await session.NoteCountAsync();
        var pageLoads = 0;
        session.Page.Request += (_, request) =>
        {
            if (request.Url.EndsWith('/') && request.Method == "GET")
            {
                Interlocked.Increment(ref pageLoads);
            }
        };
        var answer = session.Page.WaitForResponseAsync(r => r.Url.Contains("/_serverfn/", StringComparison.Ordinal));

        await session.ById("empty-note-button").ClickAsync();

        IResponse response = await answer;
        Assert.Equal(200, response.Status);
        Assert.Equal("1", await response.HeaderValueAsync("x-useserver-envelope"));
        await session.ExpectNoteCountAsync(before + 1);
        await Expect(session.ById("note-item").Last.GetByTestId("note-title")).ToHaveTextAsync("");
        Assert.Equal(0, Volatile.Read(ref pageLoads)); // no second request for the page
        session.AssertNoConsoleErrors();
    }

    [Fact]
    public async Task The_bound_argument_of_the_server_components_function_cannot_be_forged()
    {
        using var client = new HttpClient { BaseAddress = fixture.App.BaseUrl };
        using HttpResponseMessage page = await GetHomeAsync(client, "text/x-component");
        string flight = await page.Content.ReadAsStringAsync();
        Match reference = SealedReference().Match(flight);
        Assert.True(reference.Success, flight);
        string id = reference.Groups["id"].Value;
        string token = SealedToken().Match(flight).Value;
        Assert.StartsWith("usb1.", token, StringComparison.Ordinal);
        string forged = token[..^4] + (token[^4] == 'A' ? 'B' : 'A') + token[^3..];

        using HttpResponseMessage tampered = await PostAsync(client, id, forged);
        using HttpResponseMessage original = await PostAsync(client, id, token);

        Assert.Equal(HttpStatusCode.BadRequest, tampered.StatusCode);
        Assert.Equal("application/problem+json", tampered.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, original.StatusCode);
    }

    private static async Task<HttpResponseMessage> GetHomeAsync(HttpClient client, string accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        return await client.SendAsync(request);
    }

    private Task<HttpResponseMessage> PostAsync(HttpClient client, string id, string token)
    {
        var body = new StringContent("[\"" + token + "\"]", System.Text.Encoding.UTF8, "text/plain");
        var request = new HttpRequestMessage(HttpMethod.Post, "/_serverfn/" + Uri.EscapeDataString(id)) { Content = body };
        request.Headers.Add("Origin", fixture.App.BaseUrl.GetLeftPart(UriPartial.Authority));
        return client.SendAsync(request);
    }

    [GeneratedRegex("\\{\"id\":\"(?<id>[^\"]+)\",\"bound\":\"\\$@[0-9a-f]+\"\\}")]
    private static partial Regex SealedReference();

    [GeneratedRegex("usb1\\.[A-Za-z0-9_-]+")]
    private static partial Regex SealedToken();
}
