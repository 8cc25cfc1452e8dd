using System.Net;
using System.Text.Json;

namespace UseServer.Pages.Tests.Serving;

/// <summary>
/// The no-JS form cases of security/malicious-corpus.json (<c>"api": "decodeAction"</c>), posted to a page of the test
/// app as a browser would post a form: each gets its expected status, runs nothing it must not, and echoes nothing.
/// </summary>
[Collection(PagesCollection.Name)]
public sealed class FormCorpusTests(PageTestApp app) : IClassFixture<PageTestApp>
{
    private static readonly Dictionary<string, string> s_placeholders = new(StringComparer.Ordinal)
    {
        ["{{VALID_FORM_ACTION_ID}}"] = "pages.save",
        ["{{VALID_ACTION_ID}}"] = "pages.save",
        ["{{VALID_ACTION_ID_B}}"] = "pages.increment",
        ["{{UNREGISTERED_ACTION_ID}}"] = "pages.unknown",
        ["{{NON_EXPORTED_MEMBER_ID}}"] = "pages.Register",
        ["{{CLOSURE_ACTION_ID}}"] = "pages.sealed",
    };

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (JsonElement c in Load().RootElement.GetProperty("cases").EnumerateArray())
        {
            if (c.TryGetProperty("api", out JsonElement api) && api.GetString() == "decodeAction")
            {
                data.Add(c.GetProperty("id").GetString()!);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Each_form_case_gets_its_safe_outcome(string id)
    {
        JsonElement c = Load().RootElement.GetProperty("cases").EnumerateArray().Single(x => x.GetProperty("id").GetString() == id);
        JsonElement expected = c.GetProperty("expected");
        int before = PageTestFunctions.Calls;

        using var body = new MultipartFormDataContent();
        foreach (JsonElement part in c.GetProperty("parts").EnumerateArray())
        {
            if (part.TryGetProperty("$genParts", out JsonElement generator))
            {
                int n = generator.GetString() == "actionRefs" ? part.GetProperty("n").GetInt32() : throw new NotSupportedException(generator.GetString());
                for (int i = 0; i < n; i++)
                {
                    body.Add(new StringContent(""), "$ACTION_REF_" + i);
                    body.Add(new StringContent("{\"id\":\"pages.save\",\"bound\":null}"), "$ACTION_" + i + ":0");
                }

                continue;
            }

            body.Add(new StringContent(Fill(part.GetProperty("value").GetString()!)), Fill(part.GetProperty("name").GetString()!));
        }

        var request = new HttpRequestMessage(HttpMethod.Post, "/counter") { Content = body };
        request.Headers.Add("Origin", app.Origin);
        using HttpResponseMessage response = await app.Client.SendAsync(request);
        string text = await response.Content.ReadAsStringAsync();

        int status = (int)response.StatusCode;
        Assert.Contains(status, expected.GetProperty("status").EnumerateArray().Select(s => s.GetInt32()));
        JsonElement invoked = expected.GetProperty("invoked");
        if (invoked.ValueKind == JsonValueKind.True)
        {
            Assert.Equal(before + 1, PageTestFunctions.Calls); // a control case: runs exactly once
        }
        else if (invoked.ValueKind == JsonValueKind.False || status is < 200 or >= 400)
        {
            Assert.Equal(before, PageTestFunctions.Calls);
        }

        if (expected.TryGetProperty("responseMustNotContain", out JsonElement forbidden))
        {
            foreach (JsonElement marker in forbidden.EnumerateArray())
            {
                Assert.DoesNotContain(marker.GetString()!, text, StringComparison.Ordinal);
            }
        }

        Assert.NotEqual(HttpStatusCode.InternalServerError, response.StatusCode);
    }

    private static string Fill(string text)
    {
        foreach ((string placeholder, string value) in s_placeholders)
        {
            text = text.Replace(placeholder, value, StringComparison.Ordinal);
        }

        return text;
    }

    private static JsonDocument Load() => JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "malicious-corpus.json")));
}
