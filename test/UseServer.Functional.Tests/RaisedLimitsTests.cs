using System.Net;
using UseServer.Functional.Tests.Infrastructure;

namespace UseServer.Functional.Tests;

/// <summary>Limits an app raises apply to every body it accepts, <c>text/plain</c> ones included (issue 12).</summary>
[Collection(TestAppCollection.Name)]
public sealed class RaisedLimitsTests(RaisedLimitsAppFixture app, TestAppFixture defaults) : IClassFixture<RaisedLimitsAppFixture>
{
    /// <summary>A string argument above every 1 MiB default.</summary>
    private static readonly string LargeBody = "[\"" + new string('x', 1536 * 1024) + "\"]";

    [Fact]
    public async Task A_text_body_above_one_MiB_is_accepted_with_raised_limits()
    {
        using HttpResponseMessage response = await Calls.PostAsync(app.Client, "test.FileSize", LargeBody);

        await Calls.AssertRootRowAsync(response, "-1"); // decoded and bound: a string is not a blob
    }

    [Fact]
    public async Task The_same_body_is_refused_with_the_defaults()
    {
        using HttpResponseMessage response = await Calls.PostAsync(defaults.Client, "test.FileSize", LargeBody);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }
}

/// <summary>The test app with every size limit raised to 4 MiB.</summary>
public sealed class RaisedLimitsAppFixture : TestAppFixture
{
    private const int FourMiB = 4 * 1024 * 1024;

    protected override void Configure(ServerFunctionOptions options)
    {
        options.Limits.MaxBodySize = FourMiB;
        options.Limits.MaxPartSize = FourMiB;
        options.Limits.MaxStringLength = FourMiB;
    }
}
