using System.Text.Json;
using UseServer.Flight.Reply;

namespace UseServer.Flight.Tests.Reply;

/// <summary>Every vector React's encodeReply produced (dev and prod builds) decodes to what React's own decodeReply made of it.</summary>
public class ReplyVectorTests
{
    /// <summary>Where we deliberately decode differently from React 19.3.1, with the reason and our expected result.</summary>
    private static readonly Dictionary<string, (string Reason, string Expected)> Deliberate = new()
    {
        ["formdata-id-ge-10"] = (
            "React looks for the hex spelling _a_ and returns an empty FormData; we collect the _10_ entries the client really sent.",
            """[{"$map":[[0,0]]},{"$map":[[1,1]]},{"$map":[[2,2]]},{"$map":[[3,3]]},{"$map":[[4,4]]},{"$map":[[5,5]]},{"$map":[[6,6]]},{"$map":[[7,7]]},{"$map":[[8,8]]},{"$formData":[["a","1"]]}]"""),
    };

    public static TheoryData<string, string> Vectors()
    {
        var data = new TheoryData<string, string>();
        foreach (string file in new[] { "reply-vectors.json", "reply-vectors.prod.json" })
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine("Fixtures", file)));
            foreach (var v in doc.RootElement.GetProperty("vectors").EnumerateArray())
            {
                if (v.TryGetProperty("encoded", out _))
                {
                    data.Add(file, v.GetProperty("name").GetString()!);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Vectors))]
    public void Vector_decodes_as_React_decodes_it(string file, string name)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine("Fixtures", file)));
        var vector = doc.RootElement.GetProperty("vectors").EnumerateArray().First(v => v.GetProperty("name").GetString() == name);
        var payload = BuildPayload(vector.GetProperty("encoded"));

        var decoded = ReplyDecoder.Decode(payload, new ReplyLimits());

        if (Deliberate.TryGetValue(name, out var deliberate))
        {
            using var ours = JsonDocument.Parse(deliberate.Expected);
            JsNotation.AssertSame(ours.RootElement, JsNotation.Write(decoded));
        }
        else
        {
            JsNotation.AssertSame(vector.GetProperty("decodedByReactServer"), JsNotation.Write(decoded));
        }
    }

    [Fact]
    public void Every_vector_file_has_its_83_cases() =>
        Assert.Equal(2 * 78, Vectors().Count); // 83 per file, 5 of which are encodeReply errors (nothing to decode)

    internal static ReplyPayload BuildPayload(JsonElement encoded)
    {
        if (encoded.GetProperty("type").GetString() == "string")
        {
            return ReplyTestPayloads.Text(encoded.GetProperty("body").GetString()!);
        }

        var parts = new List<(string, object)>();
        foreach (var entry in encoded.GetProperty("entries").EnumerateArray())
        {
            string name = entry[0].GetString()!;
            var value = entry[1];
            parts.Add(value.ValueKind == JsonValueKind.String
                ? (name, value.GetString()!)
                : (name, new TestFile(value.GetProperty("filename").GetString()!, value.GetProperty("type").GetString()!, Convert.FromHexString(value.GetProperty("hex").GetString()!))));
        }

        return ReplyTestPayloads.Parts([.. parts]);
    }
}
