using System.Net;
using System.Text;
using System.Text.Json;
using UseServer.Functional.Tests.Infrastructure;

namespace UseServer.Functional.Tests;

/// <summary>Every status of the wire contract (the fixed contract outside tools drive), against the ConformanceHost process.</summary>
[Collection(ConformanceHostCollection.Name)]
public sealed class WireContractTests(ConformanceHostFixture host)
{
    private const string Sentinel = "conformance.sentinel";

    [Fact]
    public async Task Success_is_200_flight_uncacheable_with_the_value_as_root()
    {
        using HttpResponseMessage response = await Calls.PostAsync(host.Client, "conformance.add", "[1,2]");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/x-component; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Contains("no-store", response.Headers.CacheControl!.ToString());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("3", await Calls.RootRowAsync(response));
    }

    [Fact]
    public async Task Void_function_answers_undefined()
    {
        using HttpResponseMessage response = await Calls.PostAsync(host.Client, "conformance.void", "[]");

        await Calls.AssertRootRowAsync(response, "\"$undefined\"");
    }

    [Fact]
    public async Task Throwing_function_is_500_with_an_error_row_and_no_message_in_production()
    {
        using HttpResponseMessage response = await Calls.PostAsync(host.Client, "conformance.throw", "[\"secret-7f3a\"]");
        string body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("text/x-component; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.StartsWith("0:E", body, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-7f3a", body);
        Assert.DoesNotContain(".cs:line", body);
        Assert.DoesNotContain("   at ", body);
        using JsonDocument error = JsonDocument.Parse(body[3..].TrimEnd('\n'));
        Assert.False(string.IsNullOrEmpty(error.RootElement.GetProperty("digest").GetString()));
    }

    [Fact]
    public async Task Unknown_id_is_404_saying_the_client_is_out_of_date()
    {
        using HttpResponseMessage response = await Calls.PostAsync(host.Client, "conformance.nope", "[]");

        await AssertProblemAsync(response, HttpStatusCode.NotFound, "https://useserver.dev/problems/unknown-function");
    }

    [Fact]
    public async Task Id_with_another_letter_case_is_404()
    {
        using HttpResponseMessage response = await host.AssertNothingInvokedAsync(() => Calls.PostAsync(host.Client, "CONFORMANCE.SENTINEL", "[\"a\",\"b\"]"));

        await AssertProblemAsync(response, HttpStatusCode.NotFound, "https://useserver.dev/problems/unknown-function");
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("PUT")]
    [InlineData("post")]
    [InlineData("Post")]
    public async Task Any_method_but_POST_is_405(string method)
    {
        RawResponse response = await host.AssertNothingInvokedAsync(() => RawHttp.SendAsync(host.Port, method, Calls.Prefix + Sentinel,
            [("Origin", host.Origin), ("Content-Type", "text/plain;charset=UTF-8")], Encoding.UTF8.GetBytes("[\"a\",\"b\"]")));

        Assert.Equal(405, response.Status);
        Assert.Equal("POST", response.Header("Allow"));
        Assert.StartsWith("application/problem+json", response.Header("Content-Type"));
    }

    [Theory]
    [InlineData("https://evil.example")]
    [InlineData("null")]
    [InlineData("http://127.0.0.1")]
    [InlineData("not a url")]
    public async Task Cross_origin_is_403(string origin)
    {
        using HttpResponseMessage response = await host.AssertNothingInvokedAsync(() => Calls.PostAsync(host.Client, Sentinel, "[\"a\",\"b\"]", r =>
        {
            r.Headers.Remove("Origin");
            r.Headers.TryAddWithoutValidation("Origin", origin);
        }));

        await AssertProblemAsync(response, HttpStatusCode.Forbidden, "https://useserver.dev/problems/cross-origin-request");
    }

    [Fact]
    public async Task Cross_site_fetch_metadata_without_origin_is_403()
    {
        using HttpResponseMessage response = await Calls.PostAsync(host.Client, Sentinel, "[\"a\",\"b\"]", r =>
        {
            r.Headers.Remove("Origin");
            r.Headers.Add("Sec-Fetch-Site", "cross-site");
        });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Cookies_without_any_origin_evidence_are_403_but_a_plain_script_call_is_allowed()
    {
        using HttpResponseMessage withCookie = await Calls.PostAsync(host.Client, "conformance.add", "[1,2]", r =>
        {
            r.Headers.Remove("Origin");
            r.Headers.Add("Cookie", "session=abc");
        });
        using HttpResponseMessage withoutCookie = await Calls.PostAsync(host.Client, "conformance.add", "[1,2]", r => r.Headers.Remove("Origin"));

        Assert.Equal(HttpStatusCode.Forbidden, withCookie.StatusCode);
        Assert.Equal(HttpStatusCode.OK, withoutCookie.StatusCode);
    }

    [Fact]
    public async Task Host_outside_allowed_hosts_is_400()
    {
        RawResponse response = await host.AssertNothingInvokedAsync(() => RawHttp.SendAsync(host.Port, "POST", Calls.Prefix + Sentinel,
            [("Host", "evil.example"), ("Origin", "http://evil.example"), ("Content-Type", "text/plain;charset=UTF-8")], Encoding.UTF8.GetBytes("[\"a\",\"b\"]")));

        Assert.Equal(400, response.Status);
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("text/plain;charset=latin1")]
    [InlineData("application/x-www-form-urlencoded")]
    public async Task Other_media_types_are_415(string contentType)
    {
        using HttpResponseMessage response = await host.AssertNothingInvokedAsync(() => Calls.PostAsync(host.Client, Sentinel, "[\"a\",\"b\"]",
            r => r.Content!.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType)));

        await AssertProblemAsync(response, HttpStatusCode.UnsupportedMediaType, "https://useserver.dev/problems/unsupported-media-type");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Body_over_1_MiB_is_413_with_or_without_content_length(bool chunked)
    {
        byte[] body = Encoding.UTF8.GetBytes("[\"" + new string('a', 2 * 1024 * 1024) + "\",\"b\"]");
        RawResponse response = await host.AssertNothingInvokedAsync(() => RawHttp.SendAsync(host.Port, "POST", Calls.Prefix + Sentinel,
            [("Origin", host.Origin), ("Content-Type", "text/plain;charset=UTF-8")], body, chunked));

        Assert.Equal(413, response.Status);
    }

    [Theory]
    [InlineData("[\"a\",\"b\",\"c\"]")] // more arguments than parameters
    [InlineData("[\"a\"]")] // fewer, and none optional
    [InlineData("[\"a\",2]")] // wrong type
    [InlineData("{\"a\":1}")] // root not an array
    [InlineData("[\"a\",")] // not JSON
    [InlineData("[\"$Zzz\",\"b\"]")] // unknown tag
    public async Task Undecodable_or_mismatched_arguments_are_400(string body)
    {
        using HttpResponseMessage response = await host.AssertNothingInvokedAsync(() => Calls.PostAsync(host.Client, Sentinel, body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Validation_failure_is_400_validation_problem_per_parameter()
    {
        using HttpResponseMessage response = await Calls.PostAsync(host.Client, "conformance.delay", "[20000]");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using JsonDocument problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("https://useserver.dev/problems/validation-failed", problem.RootElement.GetProperty("type").GetString());
        Assert.Single(problem.RootElement.GetProperty("errors").GetProperty("ms").EnumerateArray());
    }

    [Fact]
    public async Task A_1_MiB_body_and_256_levels_of_nesting_go_through_the_default_limits()
    {
        // [[10,0,0,…,0]]: exactly 1 MiB (the body limit is inclusive), half a million values.
        string body = "[[10," + string.Join(",", Enumerable.Repeat("0", 524_285)) + "]]";
        Assert.Equal(1024 * 1024, body.Length);
        using HttpResponseMessage large = await Calls.PostAsync(host.Client, "conformance.echo", body);
        string nested = new string('[', 255) + new string(']', 255);
        using HttpResponseMessage deep = await Calls.PostAsync(host.Client, "conformance.echo", "[" + nested + "]");

        Assert.Equal(HttpStatusCode.OK, large.StatusCode);
        Assert.Equal(HttpStatusCode.OK, deep.StatusCode);
    }

    [Fact]
    public async Task A_1_MiB_string_goes_through_the_default_limits()
    {
        string big = new('x', 1024 * 1024 - 4); // ["…"] is exactly 1 MiB
        using HttpResponseMessage large = await Calls.PostAsync(host.Client, "conformance.echo", "[\"" + big + "\"]");

        Assert.Equal(HttpStatusCode.OK, large.StatusCode);
    }

    [Fact]
    public async Task Sentinel_counts_each_invocation_once()
    {
        int before = await host.SentinelCountAsync();
        using HttpResponseMessage response = await Calls.PostAsync(host.Client, Sentinel, "[\"a\",\"b\"]");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(before + 1, await host.SentinelCountAsync());
    }

    [Fact]
    public async Task Raw_add_is_the_hand_written_floor()
    {
        using var content = new StringContent("[1,2]");
        using HttpResponseMessage response = await host.Client.PostAsync("/raw/add", content);

        Assert.Equal("text/x-component", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("0:3\n", await response.Content.ReadAsStringAsync());
    }

    internal static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string type)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        using JsonDocument problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(type, problem.RootElement.GetProperty("type").GetString());
    }
}
