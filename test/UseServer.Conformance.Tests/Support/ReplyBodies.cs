using System.Text;
using System.Text.Json;
using UseServer.Flight.Reply;

namespace UseServer.Conformance.Tests.Support;

/// <summary>
/// Builds a <see cref="ReplyPayload"/> from a body as the Node scripts describe it: <c>{type:"text",text}</c>
/// or <c>{type:"multipart",entries:[[name, string | {filename,type,base64}]]}</c>. A file whose type is
/// empty gets <c>application/octet-stream</c>, as every multipart encoder (browsers, undici) sends it.
/// </summary>
internal static class ReplyBodies
{
    public static ReplyPayload ToPayload(JsonElement body)
    {
        string type = body.GetProperty("type").GetString()!;
        if (type == "text")
        {
            return ReplyPayload.FromText(Encoding.UTF8.GetBytes(body.GetProperty("text").GetString()!), ReplyLimits.Default);
        }

        var builder = new ReplyPayload.Builder(ReplyLimits.Default);
        foreach (var entry in body.GetProperty("entries").EnumerateArray())
        {
            string name = entry[0].GetString()!;
            var value = entry[1];
            if (value.ValueKind == JsonValueKind.String)
            {
                builder.AddField(name, Encoding.UTF8.GetBytes(value.GetString()!));
            }
            else
            {
                string contentType = value.GetProperty("type").GetString()!;
                builder.AddFile(
                    name,
                    value.GetProperty("filename").GetString(),
                    contentType.Length == 0 ? "application/octet-stream" : contentType,
                    Convert.FromBase64String(value.GetProperty("base64").GetString()!));
            }
        }

        return builder.Build();
    }

    /// <summary>A readable one-line rendering of a body for failure messages.</summary>
    public static string Show(JsonElement body)
    {
        string text = body.GetRawText();
        return text.Length > 2000 ? text[..2000] + "…" : text;
    }
}
