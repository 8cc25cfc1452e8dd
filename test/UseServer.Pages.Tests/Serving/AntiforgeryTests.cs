using System.Net;
using System.Text.RegularExpressions;

namespace UseServer.Pages.Tests.Serving;

/// <summary>With ASP.NET antiforgery registered, every form React renders carries the token, and form posts need it.</summary>
[Collection(PagesCollection.Name)]
public sealed partial class AntiforgeryTests(AntiforgeryPageTestApp app) : IClassFixture<AntiforgeryPageTestApp>
{
    [Fact]
    public async Task Forms_carry_the_token_and_a_post_with_it_and_its_cookie_runs()
    {
        using HttpResponseMessage page = await app.Client.GetAsync("/counter");
        string html = await page.Content.ReadAsStringAsync();
        string cookie = string.Join("; ", page.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
        (_, var fields) = HtmlForms.Form(html, 1);

        Assert.Equal(4, TokenInput().Matches(html).Count); // one per form
        Assert.Contains(fields, f => f.Key == "__RequestVerificationToken");

        using HttpResponseMessage withToken = await PostAsync(HtmlForms.Body(fields, ("name", "csrf-ok")), cookie);
        Assert.Equal(HttpStatusCode.SeeOther, withToken.StatusCode);
    }

    [Fact]
    public async Task Only_server_function_forms_carry_the_token_never_get_or_url_action_forms()
    {
        string html = await app.Client.GetStringAsync("/mixed");
        (string search, var searchFields) = HtmlForms.Form(html, 0);
        (_, var serverFields) = HtmlForms.Form(html, 1);
        (string login, var loginFields) = HtmlForms.Form(html, 2);

        Assert.Single(TokenInput().Matches(html));
        Assert.Equal("/search", search);
        Assert.DoesNotContain(searchFields, f => f.Key == "__RequestVerificationToken");
        Assert.Contains(serverFields, f => f.Key == "__RequestVerificationToken");
        Assert.Contains(serverFields, f => f.Key.StartsWith("$ACTION_ID_", StringComparison.Ordinal));
        Assert.Equal("/login", login);
        Assert.DoesNotContain(loginFields, f => f.Key == "__RequestVerificationToken");
    }

    [Fact]
    public async Task A_post_without_the_token_or_without_the_cookie_is_refused_and_nothing_runs()
    {
        using HttpResponseMessage page = await app.Client.GetAsync("/counter");
        string cookie = string.Join("; ", page.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
        (_, var fields) = HtmlForms.Form(await page.Content.ReadAsStringAsync(), 1);
        var withoutToken = fields.Where(f => f.Key != "__RequestVerificationToken").ToList();
        int before = PageTestFunctions.Calls;

        using HttpResponseMessage noToken = await PostAsync(HtmlForms.Body(withoutToken, ("name", "x")), cookie);
        using HttpResponseMessage noCookie = await PostAsync(HtmlForms.Body(fields, ("name", "x")), cookie: null);

        Assert.Equal(HttpStatusCode.BadRequest, noToken.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noCookie.StatusCode);
        Assert.Equal(before, PageTestFunctions.Calls);
    }

    private Task<HttpResponseMessage> PostAsync(HttpContent body, string? cookie)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/counter") { Content = body };
        request.Headers.Add("Origin", app.Origin);
        if (cookie is not null)
        {
            request.Headers.Add("Cookie", cookie);
        }

        return app.Client.SendAsync(request);
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"__RequestVerificationToken\" value=\"[^\"]+\"/>")]
    private static partial Regex TokenInput();
}
