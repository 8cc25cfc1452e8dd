using System.Diagnostics;
using System.Numerics;
using System.Text;
using System.Text.Json;
using UseServer.Conformance.Tests.Support;
using UseServer.Flight.Reply;
using UseServer.Flight.Values;

namespace UseServer.Conformance.Tests.Writer;

/// <summary>
/// What the C# reply writer produces (bound arguments are sealed in this format) means the same to React's own
/// <c>decodeReply</c> (test/fixtures-js/decode-reply.mjs, production and development server builds) as to the C#
/// <see cref="ReplyDecoder"/>: the two decodings of each body are compared in the fixture notation.
/// </summary>
public sealed class ReplyWriterTests
{
    private static readonly object?[][] Bodies =
    [
        ["", "plain", "$", "$$", "$undefined", "$1:constructor", "$D2026-01-01T00:00:00.000Z", "é \u2028 \"q\" \\"],
        [0.0, -0.0, 0.1, -2.5e-300, double.MaxValue, double.Epsilon, double.NaN, double.PositiveInfinity, double.NegativeInfinity, 1.5f],
        [int.MinValue, uint.MaxValue, 9007199254740991L, 9007199254740992L, long.MinValue, ulong.MaxValue, (byte)7, 12.25m],
        [BigInteger.Parse("-123456789012345678901234567890", System.Globalization.CultureInfo.InvariantCulture), BigInteger.Zero],
        [
            new DateTimeOffset(2026, 11, 23, 22, 0, 0, 123, TimeSpan.FromHours(2)), new DateTimeOffset(1969, 12, 31, 23, 59, 59, 999, TimeSpan.Zero).AddTicks(9_999),
            DateTimeOffset.MinValue, DateTimeOffset.MaxValue, new DateTime(2026, 3, 4, 5, 6, 7, 8, DateTimeKind.Unspecified),
        ],
        [true, false, null, JsValue.Null, JsValue.Undefined, '$', Guid.Empty, DayOfWeek.Friday],
        [
            new List<object?> { 1, "$a", new List<object?> { null, JsValue.Undefined } },
            new Dictionary<string, object?> { ["$key"] = "$value", ["constructor"] = 1, ["__proto__"] = 2, [""] = new int[] { 3 } },
            JsonDocument.Parse("""{"$s":"$t","n":[1.5,"$$"],"o":{}}""").RootElement,
        ],
        [],
    ];

    [Theory]
    [InlineData("production")]
    [InlineData("development")]
    public async Task React_decodeReply_reads_what_the_CSharp_decoder_reads(string build)
    {
        string[] texts = [.. Bodies.Select(values => Encoding.UTF8.GetString(ReplyWriter.Write(values, jsonOptions: null)))];

        JsonElement[] react = await DecodeWithReactAsync(texts, build);

        Assert.Equal(texts.Length, react.Length);
        for (int i = 0; i < texts.Length; i++)
        {
            Assert.True(react[i].TryGetProperty("value", out JsonElement expected), $"React refused {texts[i]}: {react[i]}");
            JsValue decoded = ReplyDecoder.Decode(ReplyPayload.FromText(Encoding.UTF8.GetBytes(texts[i]), ReplyLimits.Default), ReplyLimits.Default);
            Assert.Null(ExpectedValue.Mismatch(expected, decoded) is { } mismatch ? $"{mismatch}\nbody: {texts[i]}\nReact: {expected}" : null);
        }
    }

    private static async Task<JsonElement[]> DecodeWithReactAsync(string[] texts, string build)
    {
        using Process process = NodeProcess.Start("decode-reply.mjs", reactServer: true, nodeEnv: build);
        await process.StandardInput.WriteAsync(JsonSerializer.Serialize(texts));
        process.StandardInput.Close();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        string stdout = await process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2)); // a hang guard, not an assertion
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, $"decode-reply.mjs exited with {process.ExitCode}: {await stderr}");
        using JsonDocument results = JsonDocument.Parse(stdout);
        return [.. results.RootElement.EnumerateArray().Select(e => e.Clone())];
    }
}
