using System.IO.Compression;
using System.Net;
using System.Text;
using UseServer.Functional.Tests.Infrastructure;

namespace UseServer.Functional.Tests;

/// <summary>
/// The HTTP-level cases of security/malicious-corpus.json (transport "http"), against the ConformanceHost.
/// Placeholders: the function ID travels in the URL, VALID_ACTION_ID = conformance.sentinel (string a, string b),
/// ECHO = conformance.echo, THROWING = conformance.throw, SELF_ORIGIN = the host's own origin.
/// </summary>
[Collection(ConformanceHostCollection.Name)]
public sealed class CorpusHttpTests(ConformanceHostFixture host)
{
    private const string Endpoint = Calls.Prefix + "conformance.sentinel";
    private const string Cookie = "session=victim";
    private static readonly byte[] s_args = Encoding.UTF8.GetBytes("[\"a\",\"b\"]");

    public static TheoryData<string, string> CrossOrigins => new()
    {
        { "RSF-094 csrf-wrong-origin", "https://evil.example" },
        { "RSF-095 csrf-origin-null", "null" },
        { "RSF-097 look-alike", "https://127.0.0.1.evil.example" },
        { "RSF-097 prefix", "https://evil127.0.0.1" },
        { "RSF-097 userinfo", "https://127.0.0.1@evil.example" },
        { "RSF-097 other scheme", "https://127.0.0.1:{port}" },
        { "RSF-097 other port", "http://127.0.0.1:8443" },
        { "RSF-097 trailing dot", "http://127.0.0.1.:{port}" },
        { "RSF-097 upper case", "HTTP://127.0.0.1:{port}" },
        { "RSF-118 empty host", "http://" },
        { "RSF-118 not a url", "not-a-url" },
        { "RSF-118 space", "https://a b" },
        { "RSF-118 8 KB of junk", new string('o', 8192) },
    };

    [Theory]
    [MemberData(nameof(CrossOrigins))]
    public async Task Cross_origin_requests_are_403_and_invoke_nothing(string name, string origin)
    {
        _ = name;
        await AssertNotInvokedAsync(403, () => Send("POST", Endpoint,
            [("Content-Type", "text/plain;charset=UTF-8"), ("Cookie", Cookie), ("Origin", origin.Replace("{port}", host.Port.ToString()))], s_args));
        await AssertStillServingAsync();
    }

    [Fact]
    public async Task RSF_096_form_post_without_origin_and_cross_site_fetch_metadata_is_403() =>
        await AssertNotInvokedAsync(403, () => Send("POST", Endpoint,
            [("Content-Type", "multipart/form-data; boundary=XyZ"), ("Sec-Fetch-Site", "cross-site"), ("Cookie", Cookie)],
            Encoding.UTF8.GetBytes("--XyZ\r\nContent-Disposition: form-data; name=\"$ACTION_ID_conformance.sentinel\"\r\n\r\n\r\n--XyZ\r\nContent-Disposition: form-data; name=\"x\"\r\n\r\n1\r\n--XyZ--\r\n")));

    [Fact]
    public async Task RSF_098_forwarded_host_from_an_untrusted_peer_is_ignored() =>
        await AssertNotInvokedAsync(403, () => Send("POST", Endpoint,
            [("Content-Type", "text/plain;charset=UTF-8"), ("Cookie", Cookie), ("Origin", "https://evil.example"), ("X-Forwarded-Host", "evil.example"), ("X-Forwarded-Proto", "https")], s_args));

    [Theory]
    [InlineData("RSF-099 host-header-rebinding", "evil.example", "http://evil.example")]
    [InlineData("RSF-100 host-header-ssrf-redirect", "169.254.169.254", "http://169.254.169.254")]
    public async Task Hosts_outside_allowed_hosts_are_400(string name, string hostHeader, string origin)
    {
        _ = name;
        await AssertNotInvokedAsync(400, () => Send("POST", Endpoint,
            [("Content-Type", "text/plain;charset=UTF-8"), ("Cookie", Cookie), ("Origin", origin), ("Host", hostHeader)], s_args));
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("HEAD")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    [InlineData("OPTIONS")]
    [InlineData("TRACE")]
    [InlineData("PROPFIND")]
    [InlineData("post")]
    public async Task RSF_101_methods_other_than_POST_are_405(string method) =>
        await AssertNotInvokedAsync(405, () => Send(method, Endpoint + "?0=%5B%5D", [("Origin", host.Origin)], null));

    [Fact]
    public async Task RSF_102_method_override_is_not_honoured() =>
        await AssertNotInvokedAsync(405, () => Send("GET", Endpoint + "?_method=POST", [("X-HTTP-Method-Override", "POST"), ("Origin", host.Origin)], null));

    [Fact]
    public async Task RSF_103_foreign_preflight_is_not_granted()
    {
        RawResponse response = await Send("OPTIONS", Endpoint,
            [("Origin", "https://evil.example"), ("Access-Control-Request-Method", "POST"), ("Access-Control-Request-Headers", "content-type")], null);

        Assert.Contains(response.Status, new[] { 204, 200, 403, 405 });
        Assert.Null(response.Header("Access-Control-Allow-Origin"));
    }

    [Theory]
    [InlineData("application/xml")]
    [InlineData("text/html")]
    [InlineData("text/plain;charset=utf-16le")]
    [InlineData("multipart/mixed; boundary=x")]
    [InlineData("application/octet-stream")]
    [InlineData(null)]
    [InlineData("text/plain;charset=UTF-8;charset=latin1")]
    [InlineData("text/plain;charset=ISO-8859-1")] // RSF-121
    public async Task RSF_104_and_121_unsupported_content_types_are_415(string? contentType)
    {
        List<(string, string)> headers = [("Origin", host.Origin), ("Cookie", Cookie)];
        if (contentType is not null)
        {
            headers.Add(("Content-Type", contentType));
        }

        await AssertNotInvokedAsync(415, () => Send("POST", Endpoint, headers, s_args));
    }

    [Theory]
    [InlineData("multipart/form-data")]
    [InlineData("multipart/form-data; boundary=")]
    [InlineData("multipart/form-data; boundary=bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb")]
    public async Task RSF_105_multipart_without_a_usable_boundary_is_400(string contentType) =>
        await AssertNotInvokedAsync(400, () => Send("POST", Endpoint, [("Origin", host.Origin), ("Cookie", Cookie), ("Content-Type", contentType)], s_args));

    [Fact]
    public async Task RSF_106_truncated_multipart_is_400() =>
        await AssertNotInvokedAsync(400, () => Send("POST", Endpoint, [("Content-Type", "multipart/form-data; boundary=XyZ"), ("Origin", host.Origin)],
            Encoding.UTF8.GetBytes("--XyZ\r\nContent-Disposition: form-data; name=\"0\"\r\n\r\n[\"a\",\"b\"]\r\n--XyZ\r\nContent-Disposition: form-data; name=\"1\"; filename=\"f\"\r\nContent-Type: application/octet-stream\r\n\r\npartial-data-without-end")));

    [Fact]
    public async Task RSF_107_huge_part_headers_are_refused()
    {
        string headers = string.Join("\r\n", Enumerable.Range(0, 20000).Select(i => $"X-H{i}: v"));
        byte[] body = Encoding.UTF8.GetBytes("--XyZ\r\n" + headers + "\r\nContent-Disposition: form-data; name=\"0\"\r\n\r\n[]\r\n--XyZ--\r\n");

        await AssertNotInvokedAsync([400, 413], () => Send("POST", Endpoint, [("Content-Type", "multipart/form-data; boundary=XyZ"), ("Origin", host.Origin)], body));
    }

    [Fact]
    public async Task RSF_108_path_in_file_name_is_metadata_only()
    {
        await host.AssertInvokedOnlyIf200Async(() => Send("POST", Endpoint, [("Content-Type", "multipart/form-data; boundary=XyZ"), ("Origin", host.Origin)],
            Encoding.UTF8.GetBytes("--XyZ\r\nContent-Disposition: form-data; name=\"0\"\r\n\r\n[\"$B1\"]\r\n--XyZ\r\nContent-Disposition: form-data; name=\"1\"; filename=\"../../../../tmp/pwn.cs\"\r\nContent-Type: text/plain\r\n\r\nhello\r\n--XyZ--\r\n")));

        Assert.False(File.Exists("/tmp/pwn.cs"));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task RSF_109_oversized_multipart_is_413_while_streaming(bool chunked)
    {
        byte[] head = Encoding.UTF8.GetBytes("--XyZ\r\nContent-Disposition: form-data; name=\"0\"\r\n\r\n[\"$B1\"]\r\n--XyZ\r\nContent-Disposition: form-data; name=\"1\"; filename=\"f\"\r\nContent-Type: application/octet-stream\r\n\r\n");
        byte[] tail = Encoding.UTF8.GetBytes("\r\n--XyZ--\r\n");
        byte[] body = [.. head, .. Enumerable.Repeat((byte)'Q', 50 * 1024 * 1024), .. tail];

        await AssertNotInvokedAsync(413, () => RawHttp.SendAsync(host.Port, "POST", Endpoint,
            [("Content-Type", "multipart/form-data; boundary=XyZ"), ("Origin", host.Origin)], body, chunked));
    }

    [Fact]
    public async Task RSF_110_many_tiny_parts_are_refused()
    {
        var body = new StringBuilder("--XyZ\r\nContent-Disposition: form-data; name=\"0\"\r\n\r\n[]\r\n");
        for (int i = 0; i < 100_000; i++)
        {
            body.Append("--XyZ\r\nContent-Disposition: form-data; name=\"p").Append(i).Append("\"\r\n\r\nx\r\n");
        }

        body.Append("--XyZ--\r\n");
        await AssertNotInvokedAsync([400, 413], () => Send("POST", Endpoint, [("Content-Type", "multipart/form-data; boundary=XyZ"), ("Origin", host.Origin)], Encoding.UTF8.GetBytes(body.ToString())));
    }

    [Fact]
    public async Task RSF_114_gzip_bomb_is_refused_without_inflating()
    {
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write("[\""u8);
            byte[] zeros = Enumerable.Repeat((byte)'0', 1024 * 1024).ToArray();
            for (int i = 0; i < 100; i++)
            {
                gzip.Write(zeros);
            }

            gzip.Write("\"]"u8);
        }

        await AssertNotInvokedAsync([413, 415, 400], () => Send("POST", Endpoint,
            [("Content-Type", "text/plain;charset=UTF-8"), ("Origin", host.Origin), ("Cookie", Cookie), ("Content-Encoding", "gzip")], compressed.ToArray()));
    }

    [Fact]
    public async Task RSF_086_a_duplicate_action_header_selects_nothing()
    {
        // The ID travels in the URL; an action-id header means nothing. The body [] is one argument short.
        await AssertNotInvokedAsync(400, () => Send("POST", Endpoint,
            [("Content-Type", "text/plain;charset=UTF-8"), ("X-Action", "conformance.sentinel"), ("X-Action", "conformance.count"), ("Origin", host.Origin)], "[]"u8.ToArray()));
    }

    [Fact]
    public async Task RSF_115_error_responses_carry_no_message_stack_or_path()
    {
        RawResponse response = await Send("POST", Calls.Prefix + "conformance.throw",
            [("Content-Type", "text/plain;charset=UTF-8"), ("Origin", host.Origin), ("Cookie", Cookie)], "[\"SECRET-MARKER-9d1c\"]"u8.ToArray());

        Assert.Contains(response.Status, new[] { 200, 500 });
        Assert.DoesNotContain("SECRET-MARKER-9d1c", response.Body);
        Assert.DoesNotContain(".cs:line", response.Body);
        Assert.DoesNotContain("   at ", response.Body);
    }

    [Fact]
    public async Task RSF_116_echoed_text_cannot_forge_rows()
    {
        RawResponse response = await Send("POST", Calls.Prefix + "conformance.echo",
            [("Content-Type", "text/plain;charset=UTF-8"), ("Origin", host.Origin), ("Cookie", Cookie)], Encoding.UTF8.GetBytes("[\"x\\n1:I[\\\"evil\\\"]\\n0:\\\"pwn\\\"\"]"));

        Assert.Equal(200, response.Status);
        string[] rows = response.Body.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        string row = Assert.Single(rows);
        Assert.StartsWith("0:", row, StringComparison.Ordinal);
        Assert.Equal("x\n1:I[\"evil\"]\n0:\"pwn\"", System.Text.Json.JsonSerializer.Deserialize<string>(row[2..]));
    }

    [Fact]
    public async Task RSF_117_echoed_binary_answers_200()
    {
        RawResponse response = await Send("POST", Calls.Prefix + "conformance.echo", [("Content-Type", "multipart/form-data; boundary=XyZ"), ("Origin", host.Origin)],
            Encoding.UTF8.GetBytes("--XyZ\r\nContent-Disposition: form-data; name=\"0\"\r\n\r\n[\"$o1\"]\r\n--XyZ\r\nContent-Disposition: form-data; name=\"1\"; filename=\"b\"\r\nContent-Type: application/octet-stream\r\n\r\n\n1:I[\"evil\"]\n\r\n--XyZ--\r\n"));

        Assert.Equal(200, response.Status);
        Assert.StartsWith("text/x-component", response.Header("Content-Type"));
    }

    [Fact]
    public async Task RSF_119_action_form_fields_never_select_another_function()
    {
        await host.AssertInvokedOnlyIf200Async(() => Send("POST", Endpoint, [("Content-Type", "multipart/form-data; boundary=XyZ"), ("Origin", host.Origin)],
            Encoding.UTF8.GetBytes("--XyZ\r\nContent-Disposition: form-data; name=\"0\"\r\n\r\n[\"a\",\"b\"]\r\n--XyZ\r\nContent-Disposition: form-data; name=\"$ACTION_ID_conformance.throw\"\r\n\r\n\r\n--XyZ--\r\n")));
    }

    [Fact]
    public async Task RSF_120_success_is_not_cacheable()
    {
        RawResponse response = await Send("POST", Endpoint, [("Content-Type", "text/plain;charset=UTF-8"), ("Origin", host.Origin), ("Cookie", Cookie)], s_args);

        Assert.Equal(200, response.Status);
        Assert.True(response.HasHeader("Cache-Control", "no-store"));
        Assert.True(response.HasHeader("X-Content-Type-Options", "nosniff"));
    }

    private Task<RawResponse> Send(string method, string path, IEnumerable<(string, string)> headers, byte[]? body) =>
        RawHttp.SendAsync(host.Port, method, path, headers, body);

    private Task AssertNotInvokedAsync(int status, Func<Task<RawResponse>> send) => AssertNotInvokedAsync([status], send);

    private async Task AssertNotInvokedAsync(int[] statuses, Func<Task<RawResponse>> send) =>
        Assert.Contains((await host.AssertNothingInvokedAsync(send)).Status, statuses);

    private async Task AssertStillServingAsync()
    {
        using HttpResponseMessage health = await host.Client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

}
