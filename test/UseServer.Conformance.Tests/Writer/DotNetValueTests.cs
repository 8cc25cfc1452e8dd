using System.Numerics;
using System.Text.Json;
using UseServer.Conformance.Tests.RoundTrip;
using UseServer.Conformance.Tests.Support;
using UseServer.Flight;
using UseServer.Flight.Values;
using UseServer.Flight.Writing;

namespace UseServer.Conformance.Tests.Writer;

/// <summary>
/// .NET results written by the C# Flight writer arrive in React's production and development clients
/// (read whole and in small chunks) as the JavaScript values a React developer expects (fixture notation).
/// </summary>
public sealed class DotNetValueTests(RoundTripWorker worker) : IClassFixture<RoundTripWorker>
{
    private static readonly FlightWriterOptions Options = new() { JsonOptions = JsonSerializerOptions.Web, DetailedErrors = true };

    private static readonly Dictionary<string, (Func<object?> Value, string Expected)> Cases = new()
    {
        ["null"] = (() => null, "null"),
        ["undefined"] = (() => JsValue.Undefined, "{\"$undefined\":true}"),
        ["int"] = (() => 42, "42"),
        ["double-specials"] = (() => new[] { double.NaN, -0.0, double.NegativeInfinity, 0.1 }, "[{\"$number\":\"NaN\"},{\"$number\":\"-0\"},{\"$number\":\"-Infinity\"},0.1]"),
        ["string-dollar"] = (() => "$x", "\"$x\""),
        ["string-long"] = (() => new Dictionary<string, string> { ["s"] = new string('x', 3000) + "\u00e9" }, "{\"s\":\"" + new string('x', 3000) + "\u00e9\"}"),
        ["date"] = (() => new DateTimeOffset(2020, 1, 2, 3, 4, 5, 6, TimeSpan.Zero), "{\"$date\":\"2020-01-02T03:04:05.006Z\"}"),
        ["bigint"] = (() => BigInteger.Parse("-123456789012345678901234567890", System.Globalization.CultureInfo.InvariantCulture), "{\"$bigint\":\"-123456789012345678901234567890\"}"),
        ["list"] = (() => new List<int> { 1, 2 }, "[1,2]"),
        ["dictionary-dollar-keys"] = (() => new Dictionary<string, object?> { ["a"] = 1, ["$b"] = null }, "{\"$object\":[[\"a\",1],[\"$b\",null]]}"),
        ["dictionary-int-keys"] = (() => new Dictionary<int, string> { [1] = "x", [2] = "$y" }, "{\"$map\":[[1,\"x\"],[2,\"$y\"]]}"),
        ["set"] = (() => new HashSet<string> { "a" }, "{\"$set\":[\"a\"]}"),
        ["bytes"] = (() => new byte[] { 0, 10, 255 }, "{\"$typed\":{\"kind\":\"Uint8Array\",\"hex\":\"000aff\"}}"),
        ["record"] = (() => new Note("t", 3, ["a"]), "{\"title\":\"t\",\"count\":3,\"tags\":[\"a\"]}"),
        ["task-in-object"] = (() => new Dictionary<string, object> { ["t"] = Task.FromResult(5) }, "{\"t\":{\"$promise\":5}}"),
        ["async-enumerable"] = (() => new Dictionary<string, object> { ["items"] = Numbers() }, "{\"items\":{\"$stream\":{\"kind\":\"AsyncIterator\",\"items\":[1,2,3]}}}"),
    };

    public static TheoryData<string> Names() => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(Names))]
    public async Task Arrives_as_the_expected_JavaScript_value(string name)
    {
        var (value, expected) = Cases[name];
        byte[] flight = await FlightBytes.WriteAsync(value(), Options);
        var outcomes = await worker.OutcomesAsync(flight);
        using var want = JsonDocument.Parse(expected);
        foreach (var read in outcomes.EnumerateObject())
        {
            Assert.True(
                read.Value.GetProperty("ok").GetBoolean() && JsonElement.DeepEquals(want.RootElement, read.Value.GetProperty("value")),
                $"{name}, {read.Name} client: expected {expected}, got {read.Value.GetRawText()}\nflight: {FlightBytes.Show(flight)}");
        }
    }

    private static async IAsyncEnumerable<int> Numbers()
    {
        for (int i = 1; i <= 3; i++)
        {
            await Task.Yield();
            yield return i;
        }
    }

    private sealed record Note(string Title, int Count, IReadOnlyList<string> Tags);
}
