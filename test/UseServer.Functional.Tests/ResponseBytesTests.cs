using System.Net;
using UseServer.Functional.Tests.Infrastructure;

namespace UseServer.Functional.Tests;

/// <summary>
/// The first bytes on the wire: every answer starts with its content, never a UTF-8 byte order mark (React's client
/// reads no row of a Flight stream that starts with one). <c>ReadAsStringAsync</c> would hide a BOM, so these read bytes.
/// </summary>
[Collection(TestAppCollection.Name)]
public sealed class ResponseBytesTests(TestAppFixture app)
{
    [Fact]
    public async Task A_flight_result_starts_with_its_root_row()
    {
        using HttpResponseMessage response = await Calls.PostAsync(app.Client, "test.Optional", "[\"\uFEFFa\",\"b\"]");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("0:\"\uFEFFab\"\n"u8.ToArray(), await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_flight_error_starts_with_its_error_row()
    {
        using HttpResponseMessage response = await Calls.PostAsync(app.Client, "test.Fail", "[\"\uFEFFboom\"]");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("0:E"u8.ToArray(), (await response.Content.ReadAsByteArrayAsync())[..3]);
    }

    [Fact]
    public async Task A_problem_starts_with_its_json()
    {
        using HttpResponseMessage response = await Calls.PostAsync(app.Client, "test.Optional", "[\"$Z\"]");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal((byte)'{', (await response.Content.ReadAsByteArrayAsync())[0]);
    }
}
