using System.Text.Json;
using System.Text.Json.Nodes;
using UseServer.Conformance.Tests.Support;

namespace UseServer.Conformance.Tests.Rendering;

/// <summary>The xunit class fixture around test/fixtures-js/render.mjs (SSR with client.edge/client.node and react-dom/server).</summary>
public sealed class RenderWorker : IDisposable
{
    private readonly NodeWorker _node = NodeWorker.Start("render.mjs");

    /// <summary>Decodes and renders <paramref name="flight"/>; see render.mjs for the result's shape.</summary>
    internal async Task<JsonElement> RenderAsync(byte[] flight, string client, string build)
    {
        try
        {
            return await _node.AskAsync(new JsonObject
            {
                ["op"] = "render",
                ["flight"] = Convert.ToBase64String(flight),
                ["client"] = client,
                ["build"] = build,
            });
        }
        catch (InvalidOperationException e)
        {
            throw new InvalidOperationException($"{e.Message}\nflight: {FlightBytes.Show(flight)}", e);
        }
    }

    public void Dispose() => _node.Dispose();
}

/// <summary>One callServer(id, args) that calling a decoded server reference produced.</summary>
internal sealed record ServerCall(string Path, string Id, string Args)
{
    public static IReadOnlyList<ServerCall> From(JsonElement rendered) =>
        [.. rendered.GetProperty("calls").EnumerateArray().Select(c =>
            new ServerCall(c.GetProperty("path").GetString()!, c.GetProperty("id").GetString()!, c.GetProperty("args").GetRawText()))];
}
