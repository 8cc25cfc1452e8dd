using System.Net.Http.Headers;
using System.Text;

namespace UseServer.Functional.Tests.Infrastructure;

/// <summary>Server function calls as React's client sends them.</summary>
public static class Calls
{
    public const string Prefix = "/_serverfn/";

    /// <summary>POSTs an <c>encodeReply</c> string body (<c>text/plain;charset=UTF-8</c>) from the app's own origin.</summary>
    public static Task<HttpResponseMessage> PostAsync(HttpClient client, string id, string body, Action<HttpRequestMessage>? configure = null, CancellationToken cancellationToken = default, HttpCompletionOption completion = HttpCompletionOption.ResponseContentRead)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, Prefix + Uri.EscapeDataString(id))
        {
            Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)),
        };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse("text/plain;charset=UTF-8");
        request.Headers.Add("Origin", client.BaseAddress!.GetLeftPart(UriPartial.Authority));
        configure?.Invoke(request);
        return client.SendAsync(request, completion, cancellationToken);
    }

    /// <summary>POSTs a multipart body from (name, value, fileName) parts.</summary>
    public static Task<HttpResponseMessage> PostMultipartAsync(HttpClient client, string id, params (string Name, byte[] Value, string? FileName)[] parts)
    {
        var content = new MultipartFormDataContent("----UseServerTestBoundary");
        foreach ((string name, byte[] value, string? fileName) in parts)
        {
            var part = new ByteArrayContent(value);
            if (fileName is null)
            {
                content.Add(part, name);
            }
            else
            {
                part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
                content.Add(part, name, fileName);
            }
        }

        var request = new HttpRequestMessage(HttpMethod.Post, Prefix + Uri.EscapeDataString(id)) { Content = content };
        request.Headers.Add("Origin", client.BaseAddress!.GetLeftPart(UriPartial.Authority));
        return client.SendAsync(request);
    }

    /// <summary>The JSON of the Flight root row (<c>0:…</c>).</summary>
    public static string RootRow(string flight)
    {
        string? row = flight.Split('\n').FirstOrDefault(line => line.StartsWith("0:", StringComparison.Ordinal));
        Assert.NotNull(row);
        return row[2..];
    }

    public static async Task<string> RootRowAsync(HttpResponseMessage response) => RootRow(await response.Content.ReadAsStringAsync());

    /// <summary>Asserts a 200 whose root row is <paramref name="expectedJson"/>.</summary>
    public static async Task AssertRootRowAsync(HttpResponseMessage response, string expectedJson)
    {
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expectedJson, await RootRowAsync(response));
    }
}
