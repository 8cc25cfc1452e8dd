using System.Text.Json;
using System.Text.Json.Nodes;
using UseServer.Conformance.Tests.Support;
using UseServer.Flight.Reply;
using UseServer.Flight.Writing;

namespace UseServer.Conformance.Tests.RoundTrip;

/// <summary>
/// The xunit class fixture around test/fixtures-js/roundtrip.mjs: one Node process per test class. A round
/// trip is JS value → React's encodeReply → C# ReplyDecoder (checked against the value's description, so
/// a decoder fault is named as such) → C# FlightSerializer → React's production and development clients
/// → strict comparison with the original value (in Node).
/// </summary>
public sealed class RoundTripWorker : IDisposable
{
    private readonly NodeWorker _node = NodeWorker.Start("roundtrip.mjs");

    /// <summary>Runs one round trip; returns <see langword="null"/> when both clients got the original value back, else what went wrong.</summary>
    internal async Task<string?> RunAsync(JsonObject encodeRequest)
    {
        encodeRequest["op"] = "encode";
        var encoded = await _node.AskAsync(encodeRequest);
        string key = encoded.GetProperty("key").GetString()!;
        var body = encoded.GetProperty("body");
        try
        {
            string? failure = await DecodeWriteAndCheckAsync(key, body, encoded.GetProperty("expected"));
            return failure is not null && encoded.TryGetProperty("source", out var source) && source.ValueKind == JsonValueKind.String
                ? $"value {source.GetString()}: {failure}"
                : failure;
        }
        finally
        {
            await _node.AskAsync(new JsonObject { ["op"] = "forget", ["key"] = key });
        }
    }

    private async Task<string?> DecodeWriteAndCheckAsync(string key, JsonElement body, JsonElement expected)
    {
        string context = $"\nbody: {ReplyBodies.Show(body)}";
        Flight.Values.JsValue decoded;
        try
        {
            decoded = ReplyDecoder.Decode(ReplyBodies.ToPayload(body), ReplyLimits.Default);
        }
        catch (Exception e)
        {
            return $"the C# ReplyDecoder threw {e.GetType().Name}: {e.Message}{context}";
        }

        if (ExpectedValue.Mismatch(expected, decoded) is { } mismatch)
        {
            return $"the C# ReplyDecoder's value differs from what the client sent: {mismatch}{context}\nexpected: {expected.GetRawText()}";
        }

        byte[] flight;
        try
        {
            flight = await FlightBytes.WriteAsync(decoded);
        }
        catch (Exception e)
        {
            return $"the C# FlightSerializer threw {e.GetType().Name}: {e.Message}{context}";
        }

        var checkResult = await _node.AskAsync(new JsonObject { ["op"] = "check", ["key"] = key, ["flight"] = Convert.ToBase64String(flight) });
        var failures = checkResult.GetProperty("failures");
        if (!failures.EnumerateObject().Any())
        {
            return null;
        }

        string detail = string.Join("\n", failures.EnumerateObject().Select(f => $"  {f.Name} client: {f.Value.GetString()}"));
        return $"the React clients did not get the original value back:\n{detail}{context}\nflight: {FlightBytes.Show(flight)}";
    }

    /// <summary>
    /// How every build and read (whole and chunked) of React's client decodes <paramref name="flight"/>:
    /// <c>{label: {ok:true, value:notation} | {ok:false, name, message, digest}}</c>.
    /// </summary>
    internal async Task<JsonElement> OutcomesAsync(byte[] flight) =>
        (await _node.AskAsync(new JsonObject { ["op"] = "outcome", ["flight"] = Convert.ToBase64String(flight) })).GetProperty("outcomes");

    public void Dispose() => _node.Dispose();
}
