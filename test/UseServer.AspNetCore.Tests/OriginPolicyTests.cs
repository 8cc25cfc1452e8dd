using Microsoft.AspNetCore.Http;
using UseServer.AspNetCore.Security;

namespace UseServer.AspNetCore.Tests;

public sealed class OriginPolicyTests
{
    private static readonly OriginPolicy s_policy = new(["https://app.example.com", "http://localhost:5173/"]);

    [Theory]
    [InlineData("http://127.0.0.1:5000", null, null, true)] // own origin
    [InlineData("http://127.0.0.1:5000", "same-origin", null, true)]
    [InlineData("https://app.example.com", "cross-site", null, true)] // allowed extra origin
    [InlineData("http://localhost:5173", "same-site", null, true)] // normalized: trailing slash removed
    [InlineData(null, "same-origin", "a=b", true)]
    [InlineData(null, null, null, true)] // a script without cookies
    [InlineData(null, null, "session=1", false)] // cookies need origin evidence
    [InlineData("http://127.0.0.1:5000", "cross-site", null, false)] // contradictory
    [InlineData(null, "cross-site", null, false)]
    [InlineData(null, "same-site", null, false)]
    [InlineData(null, "none", null, false)]
    [InlineData("null", null, null, false)]
    [InlineData("https://127.0.0.1:5000", null, null, false)] // scheme
    [InlineData("http://127.0.0.1:5001", null, null, false)] // port
    [InlineData("http://127.0.0.1", null, null, false)] // default port is another origin
    [InlineData("HTTP://127.0.0.1:5000", null, null, false)] // not browser-serialized
    [InlineData("http://127.0.0.1:5000/", null, null, false)]
    [InlineData("http://127.0.0.1:5000.evil.example", null, null, false)]
    [InlineData("http://", null, null, false)]
    [InlineData("", null, null, false)]
    public void Decides_like_a_browser_would_have_sent_it(string? origin, string? fetchSite, string? cookie, bool allowed)
    {
        var context = new DefaultHttpContext();
        context.Request.Scheme = "http";
        context.Request.Host = new HostString("127.0.0.1:5000");
        if (origin is not null)
        {
            context.Request.Headers.Origin = origin;
        }

        if (fetchSite is not null)
        {
            context.Request.Headers["Sec-Fetch-Site"] = fetchSite;
        }

        if (cookie is not null)
        {
            context.Request.Headers.Cookie = cookie;
        }

        Assert.Equal(allowed, s_policy.IsAllowed(context.Request));
    }

    [Fact]
    public void Two_origin_headers_are_refused()
    {
        var context = new DefaultHttpContext();
        context.Request.Scheme = "http";
        context.Request.Host = new HostString("127.0.0.1:5000");
        context.Request.Headers.Origin = new(["http://127.0.0.1:5000", "http://127.0.0.1:5000"]);

        Assert.False(s_policy.IsAllowed(context.Request));
    }

    [Theory]
    [InlineData("null")]
    [InlineData("*")]
    [InlineData("app.example.com")]
    [InlineData("https://app.example.com/path")]
    [InlineData("ftp://app.example.com")]
    public void Unusable_allowed_origins_fail_at_startup(string origin) =>
        Assert.Throws<InvalidOperationException>(() => new OriginPolicy([origin]));
}
