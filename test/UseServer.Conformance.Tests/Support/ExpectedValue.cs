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
internal sealed class ExpectedValue
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

    private void MatchMap(JsonElement e, JsMap a, string path)
    {
        if (e.GetArrayLength() != a.Count)
        {
            Fail(path, $"Map has {a.Count} entries, expected {e.GetArrayLength()}");
        }

        int i = 0;
        foreach (var entry in e.EnumerateArray())
        {
            Match(entry[0], a[i].Key, $"{path}<key {i}>");
            Match(entry[1], a[i].Value, $"{path}<value {i}>");
            i++;
        }
    }

    private static void MatchTyped(JsonElement e, JsTypedArray a, string path)
    {
        string kind = e.GetProperty("kind").GetString()!;
        if (a.ArrayKind.ToString() != kind)
        {
            Fail(path, $"expected {kind}, got {a.ArrayKind}");
        }

        string hex = Convert.ToHexStringLower(a.Bytes.Span);
        if (hex != e.GetProperty("hex").GetString())
        {
            Fail(path, $"{kind} bytes {e.GetProperty("hex").GetString()} expected, got {hex}");
        }
    }

    private static void MatchBlob(JsonElement e, JsBlob a, string path)
    {
        string type = e.GetProperty("type").GetString()!;
        if (a.ContentType != type && !(type.Length == 0 && a.ContentType == "application/octet-stream"))
        {
            Fail(path, $"Blob type {JsonSerializer.Serialize(type)} expected, got {JsonSerializer.Serialize(a.ContentType)}");
        }

        string name = e.GetProperty("name").GetString()!;
        if (a.FileName != name && !(name == "blob" && a.FileName is null))
        {
            Fail(path, $"file name {JsonSerializer.Serialize(name)} expected, got {JsonSerializer.Serialize(a.FileName)}");
        }

        string hex = Convert.ToHexStringLower(a.Content.Span);
        if (hex != e.GetProperty("hex").GetString())
        {
            Fail(path, $"Blob bytes {e.GetProperty("hex").GetString()} expected, got {hex}");
        }
    }

    private void MatchFormData(JsonElement e, JsFormData a, string path)
    {
        if (e.GetArrayLength() != a.Entries.Count)
        {
            Fail(path, $"FormData has {a.Entries.Count} entries, expected {e.GetArrayLength()}");
        }

        int i = 0;
        foreach (var entry in e.EnumerateArray())
        {
            var (name, value) = (a.Entries[i].Key, a.Entries[i].Value);
            if (name != entry[0].GetString())
            {
                Fail($"{path}<entry {i}>", $"name {entry[0].GetRawText()} expected, got {JsonSerializer.Serialize(name)}");
            }

            Match(entry[1], value, $"{path}<entry {i}>");
            i++;
        }
    }

    private void MatchStream(JsonElement e, JsStream a, string path)
    {
        string kind = e.GetProperty("kind").GetString()!;
        if (a.StreamKind.ToString() != kind)
        {
            Fail(path, $"expected a {kind}, got a {a.StreamKind}");
        }

        MatchList(e.GetProperty("items"), a.Items, path, kind);
        if (e.TryGetProperty("return", out var ret))
        {
            Match(ret, a.ReturnValue ?? JsValue.Undefined, $"{path}<return>");
        }
        else if (a.ReturnValue is not null and not JsUndefined)
        {
            Fail($"{path}<return>", $"no return value expected, got {Show(a.ReturnValue)}");
        }
    }

    private void MatchServerRef(JsonElement e, JsServerReference a, string path)
    {
        if (a.Id != e.GetProperty("id").GetString())
        {
            Fail(path, $"server reference {e.GetProperty("id").GetRawText()} expected, got {JsonSerializer.Serialize(a.Id)}");
        }

        var bound = e.GetProperty("bound");
        if (bound.ValueKind == JsonValueKind.Null)
        {
            if (a.Bound is { Count: > 0 })
            {
                Fail(path, $"no bound arguments expected, got {a.Bound.Count}");
            }

            return;
        }

        if (a.Bound is null)
        {
            Fail(path, "bound arguments expected, got none");
        }

        MatchList(bound, a.Bound!, $"{path}<bound>", "bound arguments");
    }

    /// <summary>Walks a <c>$ref</c> path from the root (steps per container kind, see Fixtures/README.md).</summary>
    private JsValue Resolve(JsonElement steps, string path)
    {
        JsValue current = _root;
        var list = steps.EnumerateArray().ToList();
        for (int i = 0; i < list.Count; i++)
        {
            var step = list[i];
            JsValue? next = (current, step.ValueKind) switch
            {
                (JsArray arr, JsonValueKind.Number) => At(arr, step.GetInt32()),
                (JsObject obj, JsonValueKind.String) => obj.TryGetValue(step.GetString()!, out var v) ? v : null,
                (JsMap map, JsonValueKind.Number) when i + 1 < list.Count && step.GetInt32() < map.Count =>
                    list[++i].GetInt32() == 0 ? map[step.GetInt32()].Key : map[step.GetInt32()].Value,
                (JsSet set, JsonValueKind.Number) => At(set, step.GetInt32()),
                (JsIterator it, JsonValueKind.Number) => At(it.Items, step.GetInt32()),
                (JsStream s, JsonValueKind.Number) => At(s.Items, step.GetInt32()),
                (JsStream s, JsonValueKind.String) when step.GetString() == "return" => s.ReturnValue,
                (JsPromise p, JsonValueKind.String) when step.GetString() == "value" => p.Value,
                _ => null,
            };
            if (next is null)
            {
                Fail(path, $"the shared reference {steps.GetRawText()} does not lead anywhere in the decoded value (stuck at step {i} in a {current.Kind})");
            }

            current = next!;
        }

        return current;
    }

    private static JsValue? At(IReadOnlyList<JsValue> list, int index) => index < list.Count ? list[index] : null;

    private sealed class MismatchException(string message) : Exception(message);
}
