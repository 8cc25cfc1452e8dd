using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using UseServer.Functional.Tests.Infrastructure;

namespace UseServer.Functional.Tests;

/// <summary>What happens once a call reaches the function: binding, injection, validation, concurrency, cancellation, streaming, errors.</summary>
[Collection(TestAppCollection.Name)]
public sealed class InvocationTests(TestAppFixture app)
{
    [Fact]
    public async Task Services_context_request_and_user_are_injected()
    {
        using HttpResponseMessage response = await Calls.PostAsync(app.Client, "test.Greet", "[\"Ada\"]");

        await Calls.AssertRootRowAsync(response, "\"Hello, Ada|False|True\"");
    }

    [Fact]
    public async Task Generator_shaped_ids_are_called_url_escaped()
    {
        using HttpResponseMessage escaped = await Calls.PostAsync(app.Client, "test.Hashed#c4624c0ff5d0", "[]"); // sent as test.Hashed%23c4624c0ff5d0

        await Calls.AssertRootRowAsync(escaped, "\"hashed\"");
    }

    [Fact]
    public async Task A_missing_optional_argument_takes_its_default_and_extra_ones_are_400()
    {
        using HttpResponseMessage fewer = await Calls.PostAsync(app.Client, "test.Optional", "[\"a\"]");
        using HttpResponseMessage all = await Calls.PostAsync(app.Client, "test.Optional", "[\"a\",\"b\"]");
        using HttpResponseMessage more = await Calls.PostAsync(app.Client, "test.Optional", "[\"a\",\"b\",\"c\"]");

        Assert.Equal("\"a-default\"", await Calls.RootRowAsync(fewer));
        Assert.Equal("\"ab\"", await Calls.RootRowAsync(all));
        Assert.Equal(HttpStatusCode.BadRequest, more.StatusCode);
    }

    [Fact]
    public async Task Nested_record_validation_is_400_with_errors_per_path()
    {
        string title = new('t', 101);
        using HttpResponseMessage response = await Calls.PostAsync(app.Client, "test.CreateNote", "[{\"title\":\"" + title + "\",\"author\":{}}]");
        using HttpResponseMessage valid = await Calls.PostAsync(app.Client, "test.CreateNote", "[{\"title\":\"" + new string('t', 100) + "\",\"author\":{\"name\":\"Ada\"}}]");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using JsonDocument problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        JsonElement errors = problem.RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty("input.Title", out _), errors.ToString());
        Assert.True(errors.TryGetProperty("input.Author.Name", out _), errors.ToString());
        Assert.Equal(HttpStatusCode.OK, valid.StatusCode);
    }

    [Fact]
    public async Task Rejected_calls_invoke_nothing()
    {
        int before = TestFunctions.SentinelCount;
        using HttpResponseMessage wrongType = await Calls.PostAsync(app.Client, "test.Sentinel", "[\"a\",1]");
        using HttpResponseMessage wrongCount = await Calls.PostAsync(app.Client, "test.Sentinel", "[\"a\"]");
        using HttpResponseMessage crossOrigin = await Calls.PostAsync(app.Client, "test.Sentinel", "[\"a\",\"b\"]", r =>
        {
            r.Headers.Remove("Origin");
            r.Headers.Add("Origin", "https://evil.example");
        });
        using HttpResponseMessage ok = await Calls.PostAsync(app.Client, "test.Sentinel", "[\"a\",\"b\"]");

        Assert.Equal(HttpStatusCode.BadRequest, wrongType.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, wrongCount.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, crossOrigin.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal(before + 1, TestFunctions.SentinelCount);
    }

    [Fact]
    public async Task Four_delayed_calls_run_concurrently()
    {
        Task<HttpResponseMessage>[] calls = [.. Enumerable.Range(0, 4).Select(_ => Calls.PostAsync(app.Client, "test.Delay", "[500]"))];
        HttpResponseMessage[] responses = await Task.WhenAll(calls);

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(4, TestFunctions.MaxConcurrent);
        foreach (HttpResponseMessage response in responses)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task A_client_abort_cancels_the_function_and_is_not_logged_as_an_error()
    {
        TestFunctions.HangStarted = TestFunctions.NewSignal();
        TestFunctions.HangCancelled = TestFunctions.NewSignal();
        using var abort = new CancellationTokenSource();
        Task<HttpResponseMessage> call = Calls.PostAsync(app.Client, "test.Hang", "[]", cancellationToken: abort.Token);

        await TestFunctions.HangStarted.Task.WaitAsync(RawHttp.HangGuard);
        await abort.CancelAsync();

        await TestFunctions.HangCancelled.Task.WaitAsync(RawHttp.HangGuard);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        Assert.DoesNotContain(app.Logs.GetSnapshot(), r => r.Level >= LogLevel.Error && r.Message.Contains("test.Hang"));
    }

    [Fact]
    public async Task Async_stream_items_arrive_before_the_sequence_completes()
    {
        TestFunctions.StreamGate = TestFunctions.NewSignal();
        using HttpResponseMessage response = await Calls.PostAsync(app.Client, "test.Stream", "[]", completion: HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using Stream body = await response.Content.ReadAsStreamAsync();
        using var reader = new StreamReader(body, Encoding.UTF8);

        // Read rows until the first item shows up; the sequence cannot have completed: its gate is closed.
        var received = new StringBuilder();
        using var guard = new CancellationTokenSource(RawHttp.HangGuard);
        while (!received.ToString().Contains(":1\n") && !received.ToString().Contains(",1]") && !received.ToString().Contains("[1"))
        {
            string? line = await reader.ReadLineAsync(guard.Token);
            Assert.NotNull(line);
            received.Append(line).Append('\n');
        }

        Assert.False(TestFunctions.StreamGate.Task.IsCompleted);
        TestFunctions.StreamGate.TrySetResult();
        string rest = await reader.ReadToEndAsync(guard.Token);
        Assert.Contains("2", rest);
    }

    [Fact]
    public async Task Uploaded_files_reach_the_function()
    {
        using HttpResponseMessage response = await Calls.PostMultipartAsync(app.Client, "test.FileSize",
            ("0", "[\"$B1\"]"u8.ToArray(), null),
            ("1", new byte[12345], "upload.bin"));

        await Calls.AssertRootRowAsync(response, "12345");
    }

    [Fact]
    public async Task Base64_transfer_encoded_parts_are_refused()
    {
        RawResponse response = await RawHttp.SendAsync(app.Port, "POST", Calls.Prefix + "test.FileSize",
            [("Content-Type", "multipart/form-data; boundary=XyZ"), ("Origin", app.Origin)],
            Encoding.UTF8.GetBytes("--XyZ\r\nContent-Disposition: form-data; name=\"0\"\r\nContent-Transfer-Encoding: base64\r\n\r\nWyIkQjEiXQ==\r\n--XyZ--\r\n"));

        Assert.Equal(400, response.Status);
    }

    [Fact]
    public async Task A_throwing_function_is_logged_with_its_digest_and_masked_in_production()
    {
        using HttpResponseMessage response = await Calls.PostAsync(app.Client, "test.Fail", "[\"internal-detail-51\"]");
        string body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.DoesNotContain("internal-detail-51", body);
        Assert.Contains(app.Logs.GetSnapshot(), r => r.Level == LogLevel.Error && r.Id.Id == 200 && r.Exception?.Message == "internal-detail-51");
    }

    [Fact]
    public async Task A_server_function_exception_message_is_safe_for_clients()
    {
        using HttpResponseMessage response = await Calls.PostAsync(app.Client, "test.FailSafely", "[\"Title is taken\"]");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("Title is taken", await response.Content.ReadAsStringAsync());
    }
}

/// <summary>With detailed errors on (Development's default), messages reach the client.</summary>
public sealed class DetailedErrorTests(DetailedErrorsAppFixture app) : IClassFixture<DetailedErrorsAppFixture>
{
    [Fact]
    public async Task Exception_messages_and_decoder_details_reach_the_client()
    {
        using HttpResponseMessage failed = await Calls.PostAsync(app.Client, "test.Fail", "[\"visible-in-dev\"]");
        using HttpResponseMessage undecodable = await Calls.PostAsync(app.Client, "test.Fail", "[1]");

        Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
        Assert.Contains("visible-in-dev", await failed.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, undecodable.StatusCode);
        using JsonDocument problem = JsonDocument.Parse(await undecodable.Content.ReadAsStringAsync());
        Assert.False(string.IsNullOrEmpty(problem.RootElement.GetProperty("detail").GetString()));
    }
}
