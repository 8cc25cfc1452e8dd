using System.Net;
using System.Net.Http.Headers;

namespace UseServer.Pages.Tests.Serving;

/// <summary>
/// Routing reads only the fields that name a form's function; the rest is decoded in the function's endpoint, after its
/// authorization, rate limiting and size limits (issue 12). So a caller those policies refuse gets their answer whatever
/// the arguments hold, and the same body from an allowed caller is still refused by the decoder.
/// </summary>
[Collection(PagesCollection.Name)]
public sealed class FormPolicyOrderTests(PageTestApp app) : IClassFixture<PageTestApp>
{
    public static TheoryData<string> MalformedArguments => ["bound-json", "bound-tag", "transfer-encoding", "too-many-parts", "bound-limit"];

    [Theory]
    [MemberData(nameof(MalformedArguments))]
    public async Task An_unauthorized_post_is_401_whatever_its_arguments_and_they_are_decoded_only_for_a_signed_in_caller(string kind)
    {
        int before = PageTestFunctions.Calls;

        using HttpResponseMessage anonymous = await PostAsync(Body("pages.secret", kind));
        using HttpResponseMessage member = await PostAsync(Body("pages.secret", kind), user: "ada");

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, member.StatusCode); // the decoder still refuses them, after authorization
        Assert.Equal("text/html", member.Content.Headers.ContentType?.MediaType);
        Assert.Equal(before, PageTestFunctions.Calls);
    }

    [Fact]
    public async Task A_body_over_the_functions_own_size_limit_is_401_unauthorized_and_413_signed_in()
    {
        var fields = new List<KeyValuePair<string, string>> { new("$ACTION_ID_pages.guarded", "") };
        int before = PageTestFunctions.Calls;

        using HttpResponseMessage anonymous = await PostAsync(HtmlForms.Body(fields, ("name", new string('x', 4096))));
        using HttpResponseMessage tooLarge = await PostAsync(HtmlForms.Body(fields, ("name", new string('x', 4096))), user: "ada");
        Assert.Equal(before, PageTestFunctions.Calls);
        using HttpResponseMessage small = await PostAsync(HtmlForms.Body(fields, ("name", "small")), user: "ada");

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
        Assert.Equal(HttpStatusCode.SeeOther, small.StatusCode);
        Assert.Equal(before + 1, PageTestFunctions.Calls);
    }

    [Fact]
    public async Task A_bound_action_for_a_signed_in_caller_still_round_trips()
    {
        using HttpResponseMessage response = await PostAsync(Body("pages.secret", kind: null, user: "bound"), user: "ada");

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Contains("secret:bound", await app.Client.GetStringAsync("/counter"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"id\":\"pages.save\",\"bound\":null,\"id\":\"pages.secret\"}")] // a repeated key
    [InlineData("{\"id\":\"$1\",\"bound\":null}")]                                // a tagged ID: React writes a plain string
    [InlineData("{\"id\":\"pages.save\"}")]                                       // no bound
    [InlineData("{\"id\":\"pages.save\",\"bound\":null} x")]                      // trailing text
    public async Task Metadata_routing_cannot_read_is_400_and_nothing_runs(string metadata)
    {
        int before = PageTestFunctions.Calls;

        using HttpResponseMessage response = await PostAsync(HtmlForms.Body([new("$ACTION_REF_1", ""), new("$ACTION_1:0", metadata)], ("name", "x")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, PageTestFunctions.Calls);
    }

    /// <summary>A form for <paramref name="id"/> whose arguments are malformed as <paramref name="kind"/> says (well formed for null).</summary>
    internal static MultipartFormDataContent Body(string id, string? kind, string user = "x")
    {
        string bound = kind switch
        {
            "bound-json" => "[{",         // not JSON
            "bound-tag" => "[\"$Z\"]",    // an unknown tag
            "bound-limit" => "[\"$n" + new string('9', 400) + "\"]", // a bigint over MaxBigIntDigits
            _ => "[]",
        };
        var content = HtmlForms.Body(
            [new("$ACTION_REF_1", ""), new("$ACTION_1:0", "{\"id\":\"" + id + "\",\"bound\":\"$@1\"}"), new("$ACTION_1:1", bound)],
            ("name", user));
        switch (kind)
        {
            case "transfer-encoding":
                var encoded = new StringContent("eA==");
                encoded.Headers.TryAddWithoutValidation("Content-Transfer-Encoding", "base64");
                content.Add(encoded, "note");
                break;
            case "too-many-parts": // over MaxParts (256)
                for (int i = 0; i < 300; i++)
                {
                    content.Add(new StringContent("v"), "f" + i);
                }

                break;
        }

        return content;
    }

    private Task<HttpResponseMessage> PostAsync(HttpContent body, string? user = null) => app.PostFormAsync("/counter", body, user);
}
