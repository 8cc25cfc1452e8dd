using System.Text;
using System.Text.Json;
using UseServer.Flight.Reply;

namespace UseServer.Benchmarks;

/// <summary>Loads a payload written by benchmarks/node/make-payloads.mjs into a <see cref="ReplyPayload"/>.</summary>
internal static class PayloadFixture
{
    public static ReplyPayload Load(string name)
    {
        string path = Path.Combine(AppContext.BaseDirectory, "payloads", name + ".json");
        using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
        var root = doc.RootElement;
        if (root.GetProperty("type").GetString() == "string")
        {
            return ReplyPayload.FromText(Encoding.UTF8.GetBytes(root.GetProperty("body").GetString()!), new ReplyLimits());
        }

        var builder = new ReplyPayload.Builder(new ReplyLimits());
        foreach (var entry in root.GetProperty("entries").EnumerateArray())
        {
            string key = entry[0].GetString()!;
            var value = entry[1];
            if (value.ValueKind == JsonValueKind.String)
            {
                builder.AddField(key, Encoding.UTF8.GetBytes(value.GetString()!));
            }
            else
            {
                builder.AddFile(key, value.GetProperty("filename").GetString(), value.GetProperty("type").GetString(), value.GetProperty("base64").GetBytesFromBase64());
            }
        }

        return builder.Build();
    }

    /// <summary>The total bytes of the payload's parts (names and contents), the size allocations are compared to.</summary>
    public static long Size(ReplyPayload payload)
    {
        long n = 0;
        foreach (var part in payload.Entries)
        {
            n += part.Name.Length + part.Data.Length;
        }

        return n;
    }
}
