using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace UseServer.Soak;

/// <summary>
/// One kind of request of the mix, with its share and the one status it must answer (anything else, or no answer,
/// is an unexpected error). The bodies are what React's <c>encodeReply</c> sends for these calls. An operation that
/// creates a note runs as a rename once <see cref="MaxNotes"/> notes exist.
/// </summary>
internal sealed record Operation(string Name, int Weight, HttpStatusCode Expected, Func<Uri, HttpRequestMessage> Request, bool CreatesNote = false)
{
    /// <summary>Most notes the soak creates, so the page and the list stay the same size once it is reached.</summary>
    public const int MaxNotes = 200;

    public static HttpRequestMessage Page(Uri baseUrl, string? accept)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, baseUrl);
        if (accept is not null)
        {
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        }

        return request;
    }

    public static HttpRequestMessage Call(Uri baseUrl, string id, HttpContent body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(baseUrl, "/_serverfn/" + Uri.EscapeDataString(id))) { Content = body };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/x-component"));
        request.Headers.Add("X-UseServer-Action", id);
        request.Headers.Add("Origin", baseUrl.GetLeftPart(UriPartial.Authority));
        return request;
    }

    public static StringContent Text(string json) => new(json, Encoding.UTF8, "text/plain");

    /// <summary><c>encodeReply([formData])</c>: the root references FormData 1, whose entries are <c>_1_name</c>.</summary>
    public static MultipartFormDataContent Form(params (string Name, string Value)[] fields)
    {
        var form = new MultipartFormDataContent { { new StringContent("[\"$K1\"]"), "0" } };
        foreach ((string name, string value) in fields)
        {
            form.Add(new StringContent(value), "_1_" + name);
        }

        return form;
    }
}
