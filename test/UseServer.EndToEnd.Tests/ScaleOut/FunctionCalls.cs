using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;

namespace UseServer.EndToEnd.Tests.ScaleOut;

/// <summary>
/// Server function calls as the wire contract has them (<c>POST /_serverfn/{id}</c>, the <c>encodeReply</c> text body),
/// made by hand from the test, optionally pinned to one instance behind the proxy (<see cref="ReverseProxy.RouteHeader"/>).
/// </summary>
public static partial class FunctionCalls
{
    /// <summary>What one call answered: status, body, and which instance served it behind the proxy (or null).</summary>
    public sealed record Answer(HttpStatusCode Status, string Body, string? Upstream);

    /// <summary>Calls <paramref name="id"/> with the JSON array <paramref name="arguments"/> from the page's own origin.</summary>
    public static async Task<Answer> CallAsync(HttpClient client, string id, string arguments, CancellationToken cancellationToken, int? route = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/_serverfn/" + Uri.EscapeDataString(id))
        {
            Content = new StringContent(arguments, Encoding.UTF8, "text/plain"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/x-component"));
        request.Headers.Add("X-UseServer-Action", id);
        request.Headers.Add("Origin", client.BaseAddress!.GetLeftPart(UriPartial.Authority));
        if (route is { } instance)
        {
            request.Headers.Add(ReverseProxy.RouteHeader, instance.ToString());
        }

        using HttpResponseMessage response = await client.SendAsync(request, cancellationToken);
        return new Answer(response.StatusCode, await response.Content.ReadAsStringAsync(cancellationToken), Upstream(response));
    }

    /// <summary>GETs <paramref name="path"/>, pinned to one instance when <paramref name="route"/> is given.</summary>
    public static async Task<Answer> GetAsync(HttpClient client, string path, CancellationToken cancellationToken, int? route = null, string? accept = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (accept is not null)
        {
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        }

        if (route is { } instance)
        {
            request.Headers.Add(ReverseProxy.RouteHeader, instance.ToString());
        }

        using HttpResponseMessage response = await client.SendAsync(request, cancellationToken);
        return new Answer(response.StatusCode, await response.Content.ReadAsStringAsync(cancellationToken), Upstream(response));
    }

    /// <summary>The sealed bound-arguments token the page's <c>EmptyNote</c> hands out (<c>usb1.…</c>).</summary>
    public static string BoundToken(string page) => BoundTokenPattern().Match(page) is { Success: true } match
        ? match.Value
        : throw new InvalidOperationException("No bound-arguments token in the page.");

    /// <summary>The note ID in a <c>notes.create</c> answer (<c>0:{"id":12,…}</c>).</summary>
    public static int NoteId(string body) => int.Parse(NoteIdPattern().Match(body).Groups[1].Value);

    /// <summary>Waits until <c>/diagnostics/holds/{tag}</c> reads <paramref name="state"/>; fails with the last state after 20 s.</summary>
    public static async Task WaitForHoldAsync(Uri instance, string tag, string state)
    {
        using var client = new HttpClient { BaseAddress = instance, Timeout = TimeSpan.FromSeconds(5) };
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        string last = "(none)";
        while (!timeout.IsCancellationRequested)
        {
            using HttpResponseMessage response = await client.GetAsync("/diagnostics/holds/" + tag, CancellationToken.None);
            last = response.IsSuccessStatusCode ? await response.Content.ReadAsStringAsync(CancellationToken.None) : "(" + (int)response.StatusCode + ")";
            if (last == state)
            {
                return;
            }

            await Task.Delay(50, CancellationToken.None);
        }

        throw new TimeoutException($"Hold '{tag}' is {last}, never {state}.");
    }

    private static string? Upstream(HttpResponseMessage response) =>
        response.Headers.TryGetValues(ReverseProxy.UpstreamHeader, out IEnumerable<string>? values) ? values.Single() : null;

    [GeneratedRegex("usb1\\.[A-Za-z0-9_-]+")]
    private static partial Regex BoundTokenPattern();

    [GeneratedRegex("\\{\"id\":(\\d+),\"title\"")]
    private static partial Regex NoteIdPattern();
}
