using System.Net;
using UseServer.Functional.Tests.Infrastructure;

namespace UseServer.Functional.Tests;

/// <summary>
/// Attributes on server functions become endpoint metadata that ASP.NET Core's own middleware enforces:
/// authorization, rate limiting, request timeouts.
/// </summary>
[Collection(TestAppCollection.Name)]
public sealed class EndpointMetadataTests(TestAppFixture app)
{
    [Fact]
    public async Task Authorize_without_a_user_is_401_and_with_one_runs()
    {
        using HttpResponseMessage anonymous = await Calls.PostAsync(app.Client, "test.Secure", "[]");
        using HttpResponseMessage signedIn = await Calls.PostAsync(app.Client, "test.Secure", "[]", r => r.Headers.Add(TestAppFixture.UserHeader, "ada"));

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
        Assert.Equal("\"ada\"", await Calls.RootRowAsync(signedIn));
    }

    [Fact]
    public async Task Method_and_origin_are_refused_before_authorization()
    {
        RawResponse wrongMethod = await RawHttp.SendAsync(app.Port, "GET", Calls.Prefix + "test.Secure", [("Origin", app.Origin)]);
        RawResponse crossOrigin = await RawHttp.SendAsync(app.Port, "POST", Calls.Prefix + "test.Secure",
            [("Origin", "https://evil.example"), ("Content-Type", "text/plain;charset=UTF-8")], "[]"u8.ToArray());

        Assert.Equal(405, wrongMethod.Status);
        Assert.Equal(403, crossOrigin.Status);
    }

    [Fact]
    public async Task Enable_rate_limiting_answers_429_once_the_window_is_used()
    {
        using HttpResponseMessage first = await Calls.PostAsync(app.Client, "test.Limited", "[]");
        using HttpResponseMessage second = await Calls.PostAsync(app.Client, "test.Limited", "[]");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
    }

    [Fact]
    public async Task Request_timeout_cancels_the_function()
    {
        TestFunctions.TimeoutCancelled = TestFunctions.NewSignal();
        using HttpResponseMessage response = await Calls.PostAsync(app.Client, "test.Timeout", "[]");

        await TestFunctions.TimeoutCancelled.Task.WaitAsync(RawHttp.HangGuard);
        Assert.Equal(HttpStatusCode.GatewayTimeout, response.StatusCode);
    }
}
