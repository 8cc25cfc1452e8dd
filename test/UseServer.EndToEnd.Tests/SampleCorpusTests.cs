using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.DataProtection;

namespace UseServer.EndToEnd.Tests;

/// <summary>
/// The no-JS form and bound-argument cases of security/malicious-corpus.json against the published Notes sample:
/// form cases post to its page <c>/</c>; bound-argument cases call its closure function <c>notes.createEmpty</c>
/// (the <c>EmptyNote</c> server component's, with the notebook's ID sealed) with tokens made from the one the page
/// hands out. Each gets its expected status and changes no data unless the case says it may.
/// </summary>
[Collection(NotesCollection.Name)]
public sealed partial class SampleCorpusTests(NotesFixture fixture)
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (JsonElement c in Load().RootElement.GetProperty("cases").EnumerateArray())
        {
            string category = c.GetProperty("category").GetString()!;
            bool form = c.TryGetProperty("api", out JsonElement api) && api.GetString() == "decodeAction";
            bool bound = category == "bound-args" && !c.GetProperty("description").GetString()!.Contains("expiry", StringComparison.Ordinal);
            if (form || bound)
            {
                data.Add(c.GetProperty("id").GetString()!);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Each_form_and_bound_argument_case_gets_its_safe_outcome_from_the_sample(string id)
    {
        JsonElement c = Load().RootElement.GetProperty("cases").EnumerateArray().Single(x => x.GetProperty("id").GetString() == id);
        JsonElement expected = c.GetProperty("expected");
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = fixture.App.BaseUrl };
        string token = await TokenAsync(client);
        (int notes, string name) before = await StateAsync(client);
        bool isForm = c.TryGetProperty("api", out JsonElement api) && api.GetString() == "decodeAction";

        var body = new MultipartFormDataContent();
        foreach (JsonElement part in c.GetProperty("parts").EnumerateArray())
        {
            if (part.TryGetProperty("$genParts", out _))
            {
                for (int i = 0; i < part.GetProperty("n").GetInt32(); i++)
                {
                    body.Add(new StringContent(""), "$ACTION_REF_" + i);
                }

                continue;
            }

            body.Add(new StringContent(Fill(part.GetProperty("value"), token)), Fill(part.GetProperty("name"), token));
        }

        var request = new HttpRequestMessage(HttpMethod.Post, isForm ? "/" : "/_serverfn/notes.createEmpty") { Content = body };
        request.Headers.Add("Origin", fixture.App.BaseUrl.GetLeftPart(UriPartial.Authority));
        using HttpResponseMessage response = await client.SendAsync(request);
        string text = await response.Content.ReadAsStringAsync();
        int status = (int)response.StatusCode;

        Assert.Contains(status, expected.GetProperty("status").EnumerateArray().Select(s => s.GetInt32()));
        if (expected.GetProperty("invoked").ValueKind == JsonValueKind.True)
        {
            Assert.NotEqual(before, await StateAsync(client)); // a control case: the function ran
        }
        else if (expected.GetProperty("invoked").ValueKind == JsonValueKind.False || status >= 400)
        {
            Assert.Equal(before, await StateAsync(client)); // nothing ran: no note, no rename
        }

        if (expected.TryGetProperty("responseMustNotContain", out JsonElement forbidden))
        {
            Assert.All(forbidden.EnumerateArray(), marker => Assert.DoesNotContain(marker.GetString()!, text, StringComparison.Ordinal));
        }
    }

    /// <summary>Substitutes the corpus placeholders with the sample's functions and tokens made from a real one.</summary>
    private static string Fill(JsonElement value, string token)
    {
        string text = value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();
        if (text.Contains("\"$gen\":\"repeat\"", StringComparison.Ordinal))
        {
            return "[\"" + new string('A', 10 * 1024 * 1024) + "\"]"; // a 10 MB token
        }

        return text
            .Replace("{{VALID_FORM_ACTION_ID}}", "notes.renameNotebook", StringComparison.Ordinal)
            .Replace("{{VALID_ACTION_ID_B}}", "notes.add", StringComparison.Ordinal)
            .Replace("{{VALID_ACTION_ID}}", "notes.createEmpty", StringComparison.Ordinal)
            .Replace("{{CLOSURE_ACTION_ID}}", "notes.createEmpty", StringComparison.Ordinal)
            .Replace("{{UNREGISTERED_ACTION_ID}}", "notes.unknown", StringComparison.Ordinal)
            .Replace("{{NON_EXPORTED_MEMBER_ID}}", "Notes.Data.NotesStore.ListNotesAsync", StringComparison.Ordinal)
            .Replace("{{BOUND_A_BITFLIP}}", token[..^6] + (token[^6] == 'A' ? 'B' : 'A') + token[^5..], StringComparison.Ordinal)
            .Replace("{{BOUND_A_TRUNCATED}}", token[..10], StringComparison.Ordinal)
            .Replace("{{BOUND_A_FOREIGN_KEY}}", ForeignToken(), StringComparison.Ordinal)
            .Replace("{{BOUND_B}}", ForeignToken(), StringComparison.Ordinal)
            .Replace("{{BOUND_A}}", token, StringComparison.Ordinal);
    }

    /// <summary>A well-formed token for the same function and plaintext, sealed with a key ring the app does not have.</summary>
    private static string ForeignToken()
    {
        IDataProtector protector = DataProtectionProvider.Create("attacker").CreateProtector("ReactServerFunctions.BoundArgs.v1", "notes.createEmpty");
        return "usb1." + Base64Url(protector.Protect(Encoding.UTF8.GetBytes("[1]")));
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static async Task<string> TokenAsync(HttpClient client)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/x-component"));
        using HttpResponseMessage page = await client.SendAsync(request);
        return Token().Match(await page.Content.ReadAsStringAsync()).Value;
    }

    private static async Task<(int Notes, string Name)> StateAsync(HttpClient client)
    {
        string html = await client.GetStringAsync("/");
        return (Regex.Matches(html, "data-testid=\"note-item\"").Count, NotebookName().Match(html).Groups[1].Value);
    }

    private static JsonDocument Load() => JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "malicious-corpus.json")));

    [GeneratedRegex("usb1\\.[A-Za-z0-9_-]+")]
    private static partial Regex Token();

    [GeneratedRegex("data-testid=\"notebook-name\">([^<]*)<")]
    private static partial Regex NotebookName();
}
