using System.Text.Json;
using UseServer.Flight.Values;

namespace UseServer.Conformance.Tests.Support;

/// <summary>The container and binary kinds of the comparer, and the walk that resolves a <c>$ref</c> path.</summary>
internal sealed partial class ExpectedValue
{
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
}
