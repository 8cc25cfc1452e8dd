using System.Net;
using UseServer.Functional.Tests.Infrastructure;

namespace UseServer.Functional.Tests;

/// <summary>Redirect results (<see cref="ServerRedirect"/>, <see cref="ServerResult{T}"/>) and references made from method groups.</summary>
[Collection(TestAppCollection.Name)]
public sealed class RedirectTests(TestAppFixture app)
{
    private const string RedirectHeader = "X-UseServer-Redirect";

    [Fact]
    public async Task A_redirect_result_answers_the_header_and_undefined()
    {
        using HttpResponseMessage response = await Calls.PostAsync(app.Client, "test.GoHome", "[]");

        await Calls.AssertRootRowAsync(response, "\"$undefined\"");
        Assert.Equal("/home?from=fn", Assert.Single(response.Headers.GetValues(RedirectHeader)));
    }

    [Fact]
    public async Task A_server_result_answers_its_value_or_its_redirect()
    {
        using HttpResponseMessage value = await Calls.PostAsync(app.Client, "test.Positive", "[5]");
        using HttpResponseMessage redirect = await Calls.PostAsync(app.Client, "test.Positive", "[0]");

        await Calls.AssertRootRowAsync(value, "5");
        Assert.False(value.Headers.Contains(RedirectHeader));
        await Calls.AssertRootRowAsync(redirect, "\"$undefined\"");
        Assert.Equal("/positive-only", Assert.Single(redirect.Headers.GetValues(RedirectHeader)));
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example/")]
    [InlineData("relative")]
    [InlineData("/line\nbreak")]
    public void Redirect_targets_are_local_paths_only(string target)
    {
        Assert.Throws<ArgumentException>(() => ServerRedirect.To(target));
    }

    [Fact]
    public async Task A_method_group_reference_carries_the_function_id()
    {
        using HttpResponseMessage response = await Calls.PostAsync(app.Client, "test.ReferToHashed", "[]");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        string body = await response.Content.ReadAsStringAsync();
        Assert.Contains("{\"id\":\"test.Hashed#c4624c0ff5d0\",\"bound\":null}", body, StringComparison.Ordinal);
    }
}
