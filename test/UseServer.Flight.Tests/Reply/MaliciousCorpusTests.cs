using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using UseServer.Flight.Reply;
using Xunit.Abstractions;

namespace UseServer.Flight.Tests.Reply;

/// <summary>
/// Every decoder-level case of security/malicious-corpus.json (transport json-body or multipart, not
/// decodeAction): the body, built with the host's default part-size limit (but any number of parts), must be refused when the case allows
/// only 4xx and decode when it allows only 200, with bounded allocation. Cases whose verdict belongs to the
/// host (headers, registry, bound-argument tokens, body size, content types) are listed in <see cref="NotDecoderLevel"/>.
/// </summary>
public partial class MaliciousCorpusTests(ITestOutputHelper output)
{
    /// <summary>Decoder-level cases whose expected verdict is not the decoder's to give, with the reason.</summary>
    internal static readonly Dictionary<string, string> NotDecoderLevel = new()
    {
        ["RSF-002"] = "urlencoded transport: the host refuses the content type before anything is decoded.",
        ["RSF-037"] = "413 comes from the host's streaming body-size limit; here the part limit reports LimitExceeded (400).",
        ["RSF-050"] = "too-many-arguments is a binding check; a 100k-item array is within MaxExpansion.",
        ["RSF-059"] = "$T decodes to an inert JsTemporaryReference; binding refuses it where a parameter cannot hold one.",
        ["RSF-060"] = "Deliberately stricter: $u, $I and $N are not tags encodeReply sends, so they are UnknownTag (G12). The exact tags are covered in ReplyTagTests.",
        ["RSF-062"] = "Content-Transfer-Encoding is the multipart reader's concern; the decoder sees only parts.",
        ["RSF-063"] = "Server-reference ids are checked against the registry by the host; the decoder yields an inert handle.",
        ["RSF-064"] = "Server-reference ids are checked against the registry by the host; the decoder yields an inert handle.",
        ["RSF-065"] = "Server-reference ids are checked against the registry by the host; the decoder yields an inert handle.",
        ["RSF-070"] = "Bound-argument tokens are verified by the host.",
        ["RSF-071"] = "Bound-argument tokens are verified by the host.",
        ["RSF-072"] = "Bound-argument tokens are verified by the host.",
        ["RSF-073"] = "Bound-argument tokens are verified by the host.",
        ["RSF-074"] = "Bound-argument tokens are verified by the host.",
        ["RSF-075"] = "Bound-argument tokens are verified by the host.",
        ["RSF-076"] = "Bound-argument tokens are verified by the host (and 10 MiB is the host's body limit).",
        ["RSF-077"] = "Bound-argument tokens are verified by the host.",
        ["RSF-078"] = "Closure actions without bound arguments are refused by the host.",
        ["RSF-079"] = "The action-id header is the host's.",
        ["RSF-080"] = "The action-id header is the host's.",
        ["RSF-081"] = "The action-id header is the host's.",
        ["RSF-082"] = "The action-id header is the host's.",
        ["RSF-083"] = "The action-id header is the host's.",
        ["RSF-084"] = "The action-id header is the host's.",
        ["RSF-085"] = "The action-id header is the host's.",
    };

    public static TheoryData<string, int> Cases()
    {
        var data = new TheoryData<string, int>();
        foreach (var c in DecoderLevel(Load()))
        {
            string id = c.GetProperty("id").GetString()!;
            if (NotDecoderLevel.ContainsKey(id))
            {
                continue;
            }

            int variants = c.TryGetProperty("variants", out var v) ? v.GetArrayLength() : 0;
            for (int i = -1; i < variants; i++)
            {
                data.Add(id, i);
            }
        }

        return data;
    }

    [Fact]
    public void The_corpus_has_87_decoder_level_cases()
    {
        using var doc = Load();
        Assert.Equal(87, DecoderLevel(doc).Count());
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Corpus_case_meets_its_expected_status_within_its_allocation_bound(string id, int variant)
    {
        using var doc = Load();
        var c = doc.RootElement.GetProperty("cases").EnumerateArray().First(x => x.GetProperty("id").GetString() == id);
        var expected = c.GetProperty("expected");
        var statuses = expected.GetProperty("status").EnumerateArray().Where(s => s.ValueKind == JsonValueKind.Number).Select(s => s.GetInt32()).ToHashSet();
        long maxAlloc = expected.GetProperty("bounded").GetProperty("maxAllocMB").GetInt64() * 1024 * 1024;

        int status;
        long allocated = 0;
        try
        {
            var payload = Build(c, variant);
            long before = GC.GetAllocatedBytesForCurrentThread();
            try
            {
                ReplyDecoder.Decode(payload, new ReplyLimits());
                status = 200;
            }
            finally
            {
                allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            }
        }
        catch (ReplyDecodeException e)
        {
            status = ReplyErrorCodes.StatusCode(e.Code);
            output.WriteLine($"{id}/{variant}: {e.CodeName}: {e.Message}");
        }

        output.WriteLine($"{id}/{variant}: status {status}, allocated {allocated / 1024} KiB");
        Assert.True(statuses.Contains(status), $"{id} variant {variant}: status {status}, allowed {string.Join(",", statuses)}");
        Assert.True(allocated <= maxAlloc, $"{id} variant {variant}: allocated {allocated / 1024} KiB, bound {maxAlloc / 1024} KiB");
    }

    private static JsonDocument Load() => JsonDocument.Parse(File.ReadAllText(Path.Combine("Fixtures", "malicious-corpus.json")));

    private static IEnumerable<JsonElement> DecoderLevel(JsonDocument doc) =>
        doc.RootElement.GetProperty("cases").EnumerateArray().Where(c =>
            c.GetProperty("transport").GetString() is "json-body" or "multipart" &&
            !(c.TryGetProperty("api", out var api) && api.GetString() == "decodeAction"));

    private static ReplyPayload Build(JsonElement c, int variant)
    {
        // The host's part-size limit, but room for every part, so that chain and fan-out cases reach the decoder.
        var builder = new ReplyPayload.Builder(new ReplyLimits { MaxParts = 100_000 });
        if (c.GetProperty("transport").GetString() == "json-body")
        {
            var body = variant < 0 ? c.GetProperty("body") : c.GetProperty("variants")[variant];
            builder.AddField("0", Expand(body));
            return builder.Build();
        }

        string? variantPart = c.TryGetProperty("variantPart", out var vp) ? vp.GetString() : null;
        foreach (var part in c.GetProperty("parts").EnumerateArray())
        {
            if (part.TryGetProperty("$genParts", out var kind))
            {
                foreach (var (name, value) in GenParts(kind.GetString()!, part))
                {
                    builder.AddField(name, Encoding.UTF8.GetBytes(value));
                }

                continue;
            }

            string partName = part.GetProperty("name").GetString()!;
            var valueSource = variant >= 0 && partName == variantPart ? c.GetProperty("variants")[variant] : part.GetProperty("value");
            byte[] bytes = Expand(valueSource);
            if (part.TryGetProperty("filename", out var fileName))
            {
                builder.AddFile(partName, fileName.GetString(), part.TryGetProperty("contentType", out var ct) ? ct.GetString() : "", bytes);
            }
            else
            {
                builder.AddField(partName, bytes);
            }
        }

        return builder.Build();
    }

    /// <summary>Expands the corpus's generator syntax (repeat, join, concat, hex, gzip) to bytes; placeholders become sample ids.</summary>
    private static byte[] Expand(JsonElement source)
    {
        if (source.ValueKind == JsonValueKind.String)
        {
            return Encoding.UTF8.GetBytes(Placeholder().Replace(source.GetString()!, "m1#greet"));
        }

        switch (source.GetProperty("$gen").GetString())
        {
            case "repeat":
                return Encoding.UTF8.GetBytes(new StringBuilder().Insert(0, source.GetProperty("s").GetString(), source.GetProperty("n").GetInt32()).ToString());
            case "join":
                string item = source.GetProperty("item").GetString()!;
                var items = Enumerable.Range(0, source.GetProperty("n").GetInt32()).Select(i => item.Replace("{i}", i.ToString(CultureInfo.InvariantCulture)));
                return Encoding.UTF8.GetBytes(string.Join(source.GetProperty("sep").GetString(), items));
            case "concat":
                return source.GetProperty("parts").EnumerateArray().SelectMany(Expand).ToArray();
            case "hex":
                return Convert.FromHexString(source.GetProperty("hex").GetString()!);
            case "gzip":
                using (var output = new MemoryStream())
                {
                    using (var gzip = new GZipStream(output, CompressionLevel.Fastest))
                    {
                        gzip.Write(Expand(source.GetProperty("of")));
                    }

                    return output.ToArray();
                }

            default:
                throw new InvalidOperationException(source.GetRawText());
        }
    }

    private static IEnumerable<(string Name, string Value)> GenParts(string kind, JsonElement spec)
    {
        string Hex(int i) => i.ToString("x", CultureInfo.InvariantCulture);
        string Dec(int i) => i.ToString(CultureInfo.InvariantCulture);
        switch (kind)
        {
            case "promiseChain":
                int n = spec.GetProperty("n").GetInt32();
                for (int i = 0; i < n; i++)
                {
                    yield return (Dec(i), $"\"$@{Hex(i + 1)}\"");
                }

                yield return (Dec(n), "\"end\"");
                break;
            case "refChain":
                int m = spec.GetProperty("n").GetInt32();
                for (int i = 0; i < m; i++)
                {
                    yield return (Dec(i), $"[\"${Hex(i + 1)}\"]");
                }

                yield return (Dec(m), "0");
                break;
            case "laughs":
                int levels = spec.GetProperty("levels").GetInt32(), fanout = spec.GetProperty("fanout").GetInt32();
                for (int k = 1; k <= levels; k++)
                {
                    yield return (Dec(k), "[" + string.Join(',', Enumerable.Repeat($"\"${Hex(k + 1)}\"", fanout)) + "]");
                }

                yield return (Dec(levels + 1), "[0]");
                break;
            case "formEntries":
                string prefix = spec.GetProperty("prefix").GetString()!;
                for (int i = 0; i < spec.GetProperty("n").GetInt32(); i++)
                {
                    yield return ($"{prefix}k{i}", $"v{i}");
                }

                break;
            default:
                throw new InvalidOperationException(kind);
        }
    }

    [GeneratedRegex(@"\{\{[A-Z_]+\}\}")]
    private static partial Regex Placeholder();
}
