using System.Globalization;
using System.Numerics;
using System.Text.Json;
using UseServer.Flight.Values;

namespace UseServer.Conformance.Tests.Support;

/// <summary>
/// Compares a decoded <see cref="JsValue"/> with an expected value in the fixture notation
/// (Fixtures/README.md). Returns the first difference with its path, or <see langword="null"/>.
/// Shared references (<c>$ref</c>) must be the very same instance; containers that the notation does
/// not mark as shared must be distinct instances.
/// </summary>
internal sealed partial class ExpectedValue
{
    private readonly JsValue _root;
    private readonly HashSet<JsValue> _visited = new(ReferenceEqualityComparer.Instance);

    private ExpectedValue(JsValue root) => _root = root;

    public static string? Mismatch(JsonElement expected, JsValue actual)
    {
        var matcher = new ExpectedValue(actual);
        try
        {
            matcher.Match(expected, actual, "$");
            return null;
        }
        catch (MismatchException e)
        {
            return e.Message;
        }
    }

    private static void Fail(string path, string message) => throw new MismatchException($"{path}: {message}");

    private static string Show(JsValue v) => v switch
    {
        JsString s => JsonSerializer.Serialize(s.Value.Length > 60 ? s.Value[..60] + "…" : s.Value),
        JsNumber n => n.Value.ToString("R", CultureInfo.InvariantCulture),
        _ => $"{v.Kind} ({v})",
    };

    private T Expect<T>(JsValue actual, string path)
        where T : JsValue
    {
        if (actual is not T typed)
        {
            Fail(path, $"expected a {typeof(T).Name}, got {Show(actual)}");
            return null!;
        }

        if (typed is JsObject or JsArray or JsMap or JsSet && !_visited.Add(typed))
        {
            Fail(path, "spurious sharing: this instance already appeared elsewhere, but the original value had two different objects");
        }

        return typed;
    }

    private void Match(JsonElement e, JsValue a, string path)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.String:
                if (Expect<JsString>(a, path).Value != e.GetString())
                {
                    Fail(path, $"expected {e.GetRawText()}, got {Show(a)}");
                }

                return;
            case JsonValueKind.Number:
                MatchNumber(e.GetDouble(), a, path);
                return;
            case JsonValueKind.True or JsonValueKind.False:
                if (Expect<JsBoolean>(a, path).Value != e.GetBoolean())
                {
                    Fail(path, $"expected {e.GetRawText()}, got {Show(a)}");
                }

                return;
            case JsonValueKind.Null:
                Expect<JsNull>(a, path);
                return;
            case JsonValueKind.Array:
                MatchList(e, Expect<JsArray>(a, path), path, "array");
                return;
            default:
                MatchObjectOrTag(e, a, path);
                return;
        }
    }

    private void MatchNumber(double expected, JsValue a, string path)
    {
        double got = Expect<JsNumber>(a, path).Value;
        bool same = double.IsNaN(expected) ? double.IsNaN(got) : expected.Equals(got) && double.IsNegative(expected) == double.IsNegative(got);
        if (!same)
        {
            Fail(path, $"expected {expected.ToString("R", CultureInfo.InvariantCulture)}, got {Show(a)}");
        }
    }

    private void MatchList(JsonElement e, IReadOnlyList<JsValue> a, string path, string what)
    {
        if (e.GetArrayLength() != a.Count)
        {
            Fail(path, $"{what} has {a.Count} items, expected {e.GetArrayLength()}");
        }

        int i = 0;
        foreach (var item in e.EnumerateArray())
        {
            Match(item, a[i], $"{path}[{i}]");
            i++;
        }
    }

    private void MatchEntries(IEnumerable<(string Key, JsonElement Value)> expected, JsValue a, string path)
    {
        var obj = Expect<JsObject>(a, path);
        var keys = expected.Select(x => x.Key).ToList();
        if (!keys.SequenceEqual(obj.Keys))
        {
            Fail(path, $"keys {JsonSerializer.Serialize(keys)} expected, got {JsonSerializer.Serialize(obj.Keys)}");
        }

        foreach (var (key, value) in expected)
        {
            obj.TryGetValue(key, out var v);
            Match(value, v!, $"{path}.{key}");
        }
    }

    private void MatchObjectOrTag(JsonElement e, JsValue a, string path)
    {
        var props = e.EnumerateObject().ToList();
        if (!props.Any(p => p.Name.StartsWith('$')))
        {
            MatchEntries(props.Select(p => (p.Name, p.Value)), a, path);
            return;
        }

        var tag = props[0];
        var v = tag.Value;
        switch (tag.Name)
        {
            case "$object":
                MatchEntries(v.EnumerateArray().Select(x => (x[0].GetString()!, x[1])), a, path);
                return;
            case "$undefined":
                Expect<JsUndefined>(a, path);
                return;
            case "$number":
                MatchNumber(v.GetString() switch
                {
                    "NaN" => double.NaN,
                    "Infinity" => double.PositiveInfinity,
                    "-Infinity" => double.NegativeInfinity,
                    _ => -0.0,
                }, a, path);
                return;
            case "$bigint":
                if (Expect<JsBigInt>(a, path).Value != BigInteger.Parse(v.GetString()!, CultureInfo.InvariantCulture))
                {
                    Fail(path, $"expected {v.GetString()}n, got {Show(a)}");
                }

                return;
            case "$date":
                string iso = Expect<JsDate>(a, path).ToIsoString();
                if (iso != v.GetString())
                {
                    Fail(path, $"expected Date {v.GetString()}, got {iso}");
                }

                return;
            case "$map":
                MatchMap(v, Expect<JsMap>(a, path), path);
                return;
            case "$set":
                MatchList(v, Expect<JsSet>(a, path), path, "Set");
                return;
            case "$iterator":
                MatchList(v, Expect<JsIterator>(a, path).Items, path, "iterator");
                return;
            case "$typed":
                MatchTyped(v, Expect<JsTypedArray>(a, path), path);
                return;
            case "$blob":
                MatchBlob(v, Expect<JsBlob>(a, path), path);
                return;
            case "$formData":
                MatchFormData(v, Expect<JsFormData>(a, path), path);
                return;
            case "$promise":
                Match(v, Expect<JsPromise>(a, path).Value, $"{path}.<resolved>");
                return;
            case "$stream":
                MatchStream(v, Expect<JsStream>(a, path), path);
                return;
            case "$serverRef":
                MatchServerRef(v, Expect<JsServerReference>(a, path), path);
                return;
            case "$tempRef":
                if (Expect<JsTemporaryReference>(a, path).Path != v.GetString())
                {
                    Fail(path, $"temporary reference {v.GetString()} expected, got {((JsTemporaryReference)a).Path}");
                }

                return;
            case "$ref":
                var target = Resolve(v, path);
                if (!ReferenceEquals(target, a))
                {
                    Fail(path, $"expected the same instance as at {v.GetRawText()} (a shared or cyclic reference), got a different {a.Kind}");
                }

                return;
            default:
                Fail(path, $"unknown notation tag {tag.Name}");
                return;
        }
    }

    private sealed class MismatchException(string message) : Exception(message);
}
