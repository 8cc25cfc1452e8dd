using System.Net;
using System.Net.Http.Headers;
using UseServer.Pages.Tests.Support;

namespace UseServer.Pages.Tests.Serving;

/// <summary>Pages on real Kestrel: HTML and Flight answers, route values and query, authorization, the refresh envelope.</summary>
[Collection(PagesCollection.Name)]
public sealed class PageTests(PageTestApp app) : IClassFixture<PageTestApp>
{
    [Fact]
    public async Task A_document_request_gets_html_rendered_by_react_with_the_payload_inlined()
    {
        using HttpResponseMessage response = await app.Client.GetAsync("/counter");
        string html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.StartsWith("<!DOCTYPE html><html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("<h1>Saved: ", html, StringComparison.Ordinal);
        Assert.Contains("(self.__useserver_f||=[]).push(null)</script></body></html>", html, StringComparison.Ordinal);
        Assert.Contains(RenderHarness.BootstrapModules[0], html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_flight_request_gets_the_page_payload()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/counter");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/x-component"));
        using HttpResponseMessage response = await app.Client.SendAsync(request);
        string flight = await response.Content.ReadAsStringAsync();

        Assert.Equal("text/x-component", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Accept", response.Headers.Vary);
        Assert.Contains("0:{\"tree\":[\"$\",\"html\"", flight, StringComparison.Ordinal);
        Assert.Contains("\"formState\":null", flight, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Html_flight_and_form_problem_answers_start_with_their_content_not_a_byte_order_mark()
    {
        using HttpResponseMessage html = await app.Client.GetAsync("/counter");
        using var flightRequest = new HttpRequestMessage(HttpMethod.Get, "/counter");
        flightRequest.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/x-component"));
        using HttpResponseMessage flight = await app.Client.SendAsync(flightRequest);
        using var problemRequest = new HttpRequestMessage(HttpMethod.Post, "/counter") { Content = HtmlForms.Body([new("name", "no action")]) };
        problemRequest.Headers.Add("Origin", app.Origin);
        using HttpResponseMessage problem = await app.Client.SendAsync(problemRequest);

        // ReadAsStringAsync would drop a BOM: compare bytes.
        Assert.Equal("<!DOCTYPE html>"u8.ToArray(), (await html.Content.ReadAsByteArrayAsync())[..15]);
        Assert.Matches("^[0-9a-f]+:", System.Text.Encoding.Latin1.GetString((await flight.Content.ReadAsByteArrayAsync())[..8]));
        Assert.Equal(HttpStatusCode.BadRequest, problem.StatusCode);
        Assert.Equal("<!DOCTYPE html>"u8.ToArray(), (await problem.Content.ReadAsByteArrayAsync())[..15]);
    }

    [Fact]
    public async Task Route_values_and_the_query_reach_the_page()
    {
        string html = await app.Client.GetStringAsync("/items/42?tab=notes");

        Assert.Contains("<p data-testid=\"item\">Item <!-- -->42<!-- --> tab <!-- -->notes</p>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Endpoint_authorization_applies_to_pages()
    {
        using HttpResponseMessage anonymous = await app.Client.GetAsync("/members");
        using var signedIn = new HttpRequestMessage(HttpMethod.Get, "/members");
        signedIn.Headers.Add(PageTestApp.UserHeader, "ada");
        using HttpResponseMessage member = await app.Client.SendAsync(signedIn);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.OK, member.StatusCode);
    }

    [Fact]
    public async Task A_call_from_a_page_answers_its_value_and_the_pages_new_tree()
    {
        using HttpResponseMessage response = await CallAsync("/counter", user: null);
        string body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("1", Assert.Single(response.Headers.GetValues("X-UseServer-Envelope")));
        Assert.Matches("0:\\{\"value\":\"\\$@[0-9a-f]+\",\"tree\":\\[\"\\$\",\"html\"", body);
        Assert.Contains("\"at\":", body, StringComparison.Ordinal);
        Assert.Contains("\"count\":3", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_refresh_renders_only_pages_the_caller_may_see()
    {
        using HttpResponseMessage anonymous = await CallAsync("/members", user: null);
        using HttpResponseMessage member = await CallAsync("/members", user: "ada");

        Assert.Contains("\"tree\":null", await anonymous.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Members only", await member.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_refresh_matches_pages_with_their_route_constraints()
    {
        using HttpResponseMessage item = await CallAsync("/items/7?tab=x", user: null);
        using HttpResponseMessage notAnInt = await CallAsync("/items/seven", user: null);

        Assert.Contains("\"children\":[\"Item \",\"7\",\" tab \",\"x\"]", await item.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        string body = await notAnInt.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, notAnInt.StatusCode);
        Assert.Contains("\"tree\":null", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_refresh_picks_the_page_routing_would_pick()
    {
        string document = await app.Client.GetStringAsync("/docs/intro");
        using HttpResponseMessage one = await CallAsync("/docs/intro", user: null);
        using HttpResponseMessage all = await CallAsync("/docs/guides/intro", user: null);

        Assert.Contains("Doc <!-- -->one:intro", document, StringComparison.Ordinal);
        Assert.Contains("\"children\":[\"Doc \",\"one:intro\"]", await one.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("\"children\":[\"Doc \",\"all:guides/intro\"]", await all.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("//evil.example/")]
    [InlineData("https://evil.example/")]
    [InlineData("/nowhere")]
    public async Task A_call_naming_no_page_of_this_app_gets_the_value_without_a_tree(string page)
    {
        using HttpResponseMessage response = await CallAsync(page, user: null);
        string body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("\"html\"", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_call_without_the_header_gets_the_bare_value()
    {
        using HttpResponseMessage response = await CallAsync(page: null, user: null);

        Assert.False(response.Headers.Contains("X-UseServer-Envelope"));
        Assert.StartsWith("0:{\"count\":3}", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private Task<HttpResponseMessage> CallAsync(string? page, string? user)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/_serverfn/pages.increment");
        request.Content = new MultipartFormDataContent { { new StringContent("[{\"count\":1},\"$K1\"]"), "0" }, { new StringContent("2"), "_1_by" } };
        request.Headers.Add("Origin", app.Origin);
        if (page is not null)
        {
            request.Headers.Add("X-UseServer-Refresh", page);
        }

        if (user is not null)
        {
            request.Headers.Add(PageTestApp.UserHeader, user);
        }

        return app.Client.SendAsync(request);
    }
}
