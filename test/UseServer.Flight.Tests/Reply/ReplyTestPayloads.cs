using System.Text;
using UseServer.Flight.Reply;
using UseServer.Flight.Values;

namespace UseServer.Flight.Tests.Reply;

/// <summary>Builds reply payloads the way the host does, and decodes them.</summary>
internal static class ReplyTestPayloads
{
    /// <summary>Limits for building test payloads: as many parts as a case needs.</summary>
    public static readonly ReplyLimits BuilderLimits = new() { MaxParts = 100_000, MaxPartSize = 64 * 1024 * 1024 };

    public static ReplyPayload Text(string json) => Parts(("0", json)); // FromText would apply the default 1 MiB part limit

    /// <summary>A multipart payload from (name, value) pairs; a <see cref="TestFile"/> value is a file part.</summary>
    public static ReplyPayload Parts(params (string Name, object Value)[] parts)
    {
        var builder = new ReplyPayload.Builder(BuilderLimits);
        foreach (var (name, value) in parts)
        {
            switch (value)
            {
                case TestFile f:
                    builder.AddFile(name, f.FileName, f.ContentType, f.Bytes);
                    break;
                case byte[] bytes:
                    builder.AddField(name, bytes);
                    break;
                default:
                    builder.AddField(name, Encoding.UTF8.GetBytes((string)value));
                    break;
            }
        }

        return builder.Build();
    }

    public static JsValue Decode(string json, ReplyLimits? limits = null) => ReplyDecoder.Decode(Text(json), limits ?? new ReplyLimits());

    public static JsValue Decode(ReplyPayload payload, ReplyLimits? limits = null) => ReplyDecoder.Decode(payload, limits ?? new ReplyLimits());

    public static ReplyDecodeException Fails(ReplyPayload payload, ReplyErrorCode code, ReplyLimits? limits = null)
    {
        var e = Assert.Throws<ReplyDecodeException>(() => Decode(payload, limits));
        Assert.True(code == e.Code, $"Expected {code} but got {e.Code}: {e.Message}");
        return e;
    }

    public static ReplyDecodeException Fails(string json, ReplyErrorCode code, ReplyLimits? limits = null) => Fails(Text(json), code, limits);
}

/// <summary>A file part for <see cref="ReplyTestPayloads.Parts"/>.</summary>
internal sealed record TestFile(string FileName, string ContentType, byte[] Bytes)
{
    public static TestFile Blob(params byte[] bytes) => new("blob", "application/octet-stream", bytes);
}
