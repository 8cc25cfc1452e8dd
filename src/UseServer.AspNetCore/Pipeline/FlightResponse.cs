using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using UseServer.Flight.Writing;

namespace UseServer.AspNetCore.Pipeline;

/// <summary>
/// What every Flight answer shares, server function calls and pages alike: its media type, the headers that keep it out
/// of caches and content sniffing, and the writer options (the app's JSON options, error detail and digest).
/// </summary>
internal static class FlightResponse
{
    /// <summary>React's Flight media type.</summary>
    public const string MediaType = "text/x-component";

    /// <summary>The <c>Content-Type</c> of a Flight answer.</summary>
    public const string ContentType = "text/x-component; charset=utf-8";

    /// <summary>Sets <paramref name="status"/>, the content type and <c>Cache-Control: no-store</c>, <c>X-Content-Type-Options: nosniff</c>.</summary>
    public static void Start(HttpResponse response, int status)
    {
        response.StatusCode = status;
        response.ContentType = ContentType;
        NoStore(response);
    }

    /// <summary><c>Cache-Control: no-store</c> and <c>X-Content-Type-Options: nosniff</c>: answers are per user and per call.</summary>
    public static void NoStore(HttpResponse response)
    {
        IHeaderDictionary headers = response.Headers;
        headers.CacheControl = "no-store";
        headers.XContentTypeOptions = "nosniff";
    }

    /// <summary>
    /// When a tree is rendered, in milliseconds since the Unix epoch: the <c>"at"</c> of page payloads and refresh envelopes,
    /// by which a client that gets answers out of order keeps the newest tree.
    /// </summary>
    public static double RenderedAt() => (DateTime.UtcNow - DateTime.UnixEpoch).TotalMilliseconds;

    /// <summary>The writer options of a request: the digest is its trace ID (what the logs carry).</summary>
    public static FlightWriterOptions WriterOptions(ServerFunctionRuntime runtime, HttpContext context, Action<Exception>? onError = null) => new()
    {
        JsonOptions = runtime.JsonOptions,
        DetailedErrors = runtime.DetailedErrors,
        DevelopmentElements = runtime.DevelopmentElements,
        IsSafeForClient = runtime.IsSafeForClient,
        ErrorDigest = Activity.Current is { } activity ? activity.TraceId.ToHexString() : context.TraceIdentifier,
        OnError = onError,
    };
}
