using System.Net;
using System.Text.RegularExpressions;

namespace UseServer.Pages.Tests.Serving;

/// <summary>
/// No-JS form posts to pages (progressive enhancement): the forms React rendered, submitted as a browser without
/// JavaScript submits them, run their function under its own endpoint's policies and answer as pages.
/// </summary>
[Collection(PagesCollection.Name)]
public sealed class FormPostTests(PageTestApp app) : IClassFixture<PageTestApp>
{
    private const int ActionForm = 0;
    private const int PlainForm = 1;
    private const int SecretForm = 2;
    private const int SealedForm = 3;

    [Fact]
    public async Task A_useActionState_form_posts_to_its_permalink_and_the_page_renders_the_new_state()
    {
        (string action, var fields) = HtmlForms.Form(await PageAsync(), ActionForm);

        using HttpResponseMessage response = await PostAsync(action, HtmlForms.Body(fields, ("by", "5")));
        string html = await response.Content.ReadAsStringAsync();

        Assert.Equal("/counter", action);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<!--F!-->", html, StringComparison.Ordinal);                 // the hook continued from the form state
        Assert.Contains("count=<!-- -->5", html, StringComparison.Ordinal);
        Assert.Contains("\"formState\":[{\"count\":5},\"p/counter\",\"pages.increment\",0]", Regex.Unescape(html), StringComparison.Ordinal); // for hydrateRoot
    }

    [Fact]
    public async Task A_plain_action_form_runs_its_function_with_the_users_fields_and_redirects_back()
    {
        (string action, var fields) = HtmlForms.Form(await PageAsync(), PlainForm);
        string name = "Ada " + Guid.NewGuid().ToString("N")[..6];

        using HttpResponseMessage response = await PostAsync(action.Length == 0 ? "/counter?x=1" : action, HtmlForms.Body(fields, ("name", name)));

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal("/counter?x=1", response.Headers.Location?.OriginalString);
        Assert.Contains("Saved: <!-- -->" + name, await app.Client.GetStringAsync("/counter"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_functions_own_authorization_applies_to_form_posts()
    {
        (_, var fields) = HtmlForms.Form(await PageAsync(), SecretForm);
        int before = PageTestFunctions.Calls;

        using HttpResponseMessage anonymous = await PostAsync("/counter", HtmlForms.Body(fields, ("name", "x")));
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(before, PageTestFunctions.Calls);

        using HttpResponseMessage member = await PostAsync("/counter", HtmlForms.Body(fields, ("name", "x")), user: "ada");
        Assert.Equal(HttpStatusCode.SeeOther, member.StatusCode);
    }

    [Fact]
    public async Task The_functions_own_rate_limit_applies_to_form_posts()
    {
        int before = PageTestFunctions.Calls;

        using HttpResponseMessage first = await PostAsync("/counter", HtmlForms.Body([new("$ACTION_ID_pages.limited", "")], ("name", "1")));
        using HttpResponseMessage second = await PostAsync("/counter", HtmlForms.Body([new("$ACTION_ID_pages.limited", "")], ("name", "2")));
        using HttpResponseMessage malformed = await PostAsync("/counter", FormPolicyOrderTests.Body("pages.limited", "bound-json")); // never decoded

        Assert.Equal(HttpStatusCode.SeeOther, first.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, malformed.StatusCode);
        Assert.Equal(before + 1, PageTestFunctions.Calls);
    }

    [Fact]
    public async Task Sealed_bound_arguments_round_trip_through_the_form_and_a_forged_token_is_refused()
    {
        (_, var fields) = HtmlForms.Form(await PageAsync(), SealedForm);
        var forged = fields.Select(f => f.Value.Contains("usb1.", StringComparison.Ordinal)
            ? new KeyValuePair<string, string>(f.Key, f.Value.Replace("usb1.", "usb1.A", StringComparison.Ordinal))
            : f).ToList();
        int before = PageTestFunctions.Calls;

        using HttpResponseMessage tampered = await PostAsync("/counter", HtmlForms.Body(forged, ("name", "n")));
        Assert.Equal(HttpStatusCode.BadRequest, tampered.StatusCode);
        Assert.Equal("text/html", tampered.Content.Headers.ContentType?.MediaType);
        Assert.Equal(before, PageTestFunctions.Calls);

        using HttpResponseMessage genuine = await PostAsync("/counter", HtmlForms.Body(fields, ("name", "n")));
        Assert.Equal(HttpStatusCode.SeeOther, genuine.StatusCode);
        Assert.Contains("sealed:7:n", await app.Client.GetStringAsync("/counter"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cross_origin_form_post_is_refused_before_anything_runs()
    {
        (_, var fields) = HtmlForms.Form(await PageAsync(), PlainForm);
        int before = PageTestFunctions.Calls;

        using HttpResponseMessage response = await PostAsync("/counter", HtmlForms.Body(fields, ("name", "evil")), origin: "https://evil.example");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("data-testid=\"form-problem\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, PageTestFunctions.Calls);
    }

    [Theory]
    [InlineData("$ACTION_ID_pages.nope", "", HttpStatusCode.NotFound)]                       // an ID the app does not have
    [InlineData("$ACTION_REF_1", "", HttpStatusCode.BadRequest)]                            // metadata that is not there
    [InlineData("$ACTION_1:0", "{\"id\":\"pages.save\"}", HttpStatusCode.BadRequest)]       // metadata without an action field
    [InlineData("name", "only user fields", HttpStatusCode.BadRequest)]                     // no action at all
    public async Task Malformed_or_unknown_actions_get_a_clear_4xx_and_nothing_runs(string field, string value, HttpStatusCode expected)
    {
        int before = PageTestFunctions.Calls;

        using HttpResponseMessage response = await PostAsync("/counter", HtmlForms.Body([new(field, value)]));

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal(before, PageTestFunctions.Calls);
    }

    [Fact]
    public async Task A_refs_metadata_is_decoded_with_the_hardened_decoder()
    {
        var fields = new List<KeyValuePair<string, string>>
        {
            new("$ACTION_REF_1", ""),
            new("$ACTION_1:0", "{\"id\":\"pages.save\",\"bound\":\"$@1\"}"),
            new("$ACTION_1:1", "[\"$1:__proto__:constructor\"]"),
        };
        int before = PageTestFunctions.Calls;

        using HttpResponseMessage response = await PostAsync("/counter", HtmlForms.Body(fields, ("name", "x")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, PageTestFunctions.Calls);
    }

    [Fact]
    public async Task A_post_that_is_not_multipart_is_415()
    {
        using var content = new FormUrlEncodedContent([new("$ACTION_ID_pages.save", ""), new("name", "x")]);

        using HttpResponseMessage response = await PostAsync("/counter", content);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    private async Task<string> PageAsync() => await app.Client.GetStringAsync("/counter");

    private Task<HttpResponseMessage> PostAsync(string path, HttpContent body, string? user = null, string? origin = null) =>
        app.PostFormAsync(path, body, user, origin);
}
