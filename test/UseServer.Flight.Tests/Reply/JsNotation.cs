using System.Globalization;
using System.Numerics;
using System.Text.Json;
using System.Text.Json.Nodes;
using UseServer.Flight.Values;

namespace UseServer.Flight.Tests.Reply;

/// <summary>
/// Writes a decoded value in the notation of the conformance files' <c>decodedByReactServer</c>
/// (<c>decodedNotation</c>): {$undefined}, {$number}, {$bigint}, {$date}, {$map}, {$set}, {$formData}, {$blob},
/// {$Uint8Array…}, {$arrayBuffer}, {$dataView}, {$iterator}, {$promise}, {$readableStream}, {$asyncIterable},
/// {$function}, {$temporaryReference}, and {$cycleOrShared: path} for an object or array seen before.
/// </summary>
internal sealed class JsNotation
{
    private readonly Dictionary<JsValue, string> _seen = new(ReferenceEqualityComparer.Instance);

    public static JsonNode? Write(JsValue value) => new JsNotation().Node(value, "$");

    private JsonNode? Node(JsValue value, string path)
    {
        if (value is JsArray or JsObject)
        {
            if (_seen.TryGetValue(value, out var first))
            {
                return new JsonObject { ["$cycleOrShared"] = first };
            }

            _seen[value] = path;
        }

        switch (value)
        {
            case JsUndefined:
                return new JsonObject { ["$undefined"] = true };
            case JsNull:
                return null;
            case JsBoolean b:
                return b.Value;
            case JsNumber n when double.IsNaN(n.Value):
                return Special("NaN");
            case JsNumber n when double.IsInfinity(n.Value):
                return Special(n.Value > 0 ? "Infinity" : "-Infinity");
            case JsNumber n when n.Value == 0 && double.IsNegative(n.Value):
                return Special("-0");
            case JsNumber n:
                return n.Value;
            case JsString s:
                return s.Value;
            case JsBigInt i:
                return new JsonObject { ["$bigint"] = i.Value.ToString(CultureInfo.InvariantCulture) };
            case JsDate d:
                return new JsonObject { ["$date"] = d.ToIsoString() };
            case JsArray a:
                var array = new JsonArray();
                for (int i = 0; i < a.Count; i++)
                {
                    array.Add(Node(a[i], $"{path}[{i}]"));
                }

                return array;
            case JsObject o:
                var obj = new JsonObject();
                foreach (var (k, v) in o)
                {
                    obj[k] = Node(v, $"{path}.{k}");
                }

                return obj;
            case JsMap m:
                var entries = new JsonArray();
                for (int i = 0; i < m.Count; i++)
                {
                    entries.Add(new JsonArray(Node(m[i].Key, $"{path}.key{i}"), Node(m[i].Value, $"{path}.value{i}")));
                }

                return new JsonObject { ["$map"] = entries };
            case JsSet s:
                return new JsonObject { ["$set"] = List(s, path) };
            case JsIterator it:
                return new JsonObject { ["$iterator"] = List(it.Items, path) };
            case JsPromise p:
                return new JsonObject { ["$promise"] = Node(p.Value, path + ".then") };
            case JsFormData f:
                var form = new JsonArray();
                foreach (var (k, v) in f.Entries)
                {
                    form.Add(new JsonArray(k, v is JsString str ? str.Value : Node(v, path)));
                }

                return new JsonObject { ["$formData"] = form };
            case JsBlob blob:
                return new JsonObject
                {
                    ["$blob"] = new JsonObject
                    {
                        ["name"] = blob.FileName ?? "blob",
                        ["type"] = blob.ContentType,
                        ["size"] = blob.Length,
                        ["hex"] = Convert.ToHexStringLower(blob.Content.Span),
                    },
                };
            case JsTypedArray t:
                return TypedArray(t);
            case JsStream { StreamKind: JsStreamKind.ReadableStream or JsStreamKind.ByteStream } st:
                return new JsonObject { ["$readableStream"] = List(st.Items, path) };
            case JsStream st:
                return new JsonObject
                {
                    ["$asyncIterable"] = List(st.Items, path),
                    ["returnValue"] = st.ReturnValue is null ? Node(JsValue.Undefined, path) : Node(st.ReturnValue, path + ".return"),
                    ["isSelfIterator"] = st.StreamKind == JsStreamKind.AsyncIterator,
                };
            case JsServerReference r:
                string name = r.Id[(r.Id.LastIndexOf('#') + 1)..];
                return new JsonObject
                {
                    ["$function"] = r.Bound is null ? name : "bound " + name,
                    ["resultOfCallingWithNoExtraArgs"] = new JsonObject { ["calledWith"] = List(r.Bound ?? [], path + ".bound") },
                };
            case JsTemporaryReference tr:
                return new JsonObject { ["$temporaryReference"] = tr.Path };
            default:
                throw new InvalidOperationException(value.GetType().Name);
        }
    }

    private JsonArray List(IReadOnlyList<JsValue> items, string path)
    {
        var array = new JsonArray();
        for (int i = 0; i < items.Count; i++)
        {
            array.Add(Node(items[i], $"{path}[{i}]"));
        }

        return array;
    }

    private static JsonObject Special(string text) => new() { ["$number"] = text };

    private static JsonNode TypedArray(JsTypedArray t)
    {
        var bytes = t.Bytes.Span;
        switch (t.ArrayKind)
        {
            case JsTypedArrayKind.ArrayBuffer:
                return new JsonObject { ["$arrayBuffer"] = Convert.ToHexStringLower(bytes) };
            case JsTypedArrayKind.DataView:
                return new JsonObject { ["$dataView"] = Convert.ToHexStringLower(bytes) };
        }

        var items = new JsonArray();
        int size = JsTypedArray.ElementSize(t.ArrayKind);
        for (int i = 0; i < bytes.Length; i += size)
        {
            var e = bytes.Slice(i, size);
            items.Add(t.ArrayKind switch
            {
                JsTypedArrayKind.Int8Array => (JsonNode)(sbyte)e[0],
                JsTypedArrayKind.Uint8Array or JsTypedArrayKind.Uint8ClampedArray => e[0],
                JsTypedArrayKind.Int16Array => BitConverter.ToInt16(e),
                JsTypedArrayKind.Uint16Array => BitConverter.ToUInt16(e),
                JsTypedArrayKind.Int32Array => BitConverter.ToInt32(e),
                JsTypedArrayKind.Uint32Array => BitConverter.ToUInt32(e),
                JsTypedArrayKind.Float32Array => (double)BitConverter.ToSingle(e),
                JsTypedArrayKind.Float64Array => BitConverter.ToDouble(e),
                JsTypedArrayKind.BigInt64Array => new BigInteger(BitConverter.ToInt64(e)).ToString(CultureInfo.InvariantCulture) + "n",
                _ => new BigInteger(BitConverter.ToUInt64(e)).ToString(CultureInfo.InvariantCulture) + "n",
            });
        }

        return new JsonObject { ["$" + t.ArrayKind] = items };
    }

    /// <summary>Compares the expected notation with the written one; numbers by value, objects by key set.</summary>
    public static void AssertSame(JsonElement expected, JsonNode? actual, string path = "$")
    {
        switch (expected.ValueKind)
        {
            case JsonValueKind.Null:
                Assert.True(actual is null, $"{path}: expected null, got {actual?.ToJsonString()}");
                break;
            case JsonValueKind.Number:
                Assert.True(actual is JsonValue v && double.TryParse(v.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out double d) && d == expected.GetDouble(),
                    $"{path}: expected {expected.GetRawText()}, got {actual?.ToJsonString()}");
                break;
            case JsonValueKind.String:
                Assert.True(actual is JsonValue s && s.TryGetValue(out string? str) && str == expected.GetString(),
                    $"{path}: expected {expected.GetRawText()}, got {actual?.ToJsonString()}");
                break;
            case JsonValueKind.True or JsonValueKind.False:
                Assert.True(actual is JsonValue b && b.TryGetValue(out bool flag) && flag == expected.GetBoolean(),
                    $"{path}: expected {expected.GetRawText()}, got {actual?.ToJsonString()}");
                break;
            case JsonValueKind.Array:
                var array = Assert.IsType<JsonArray>(actual);
                Assert.True(array.Count == expected.GetArrayLength(), $"{path}: expected {expected.GetRawText()}, got {actual.ToJsonString()}");
                int i = 0;
                foreach (var item in expected.EnumerateArray())
                {
                    AssertSame(item, array[i], $"{path}[{i}]");
                    i++;
                }

                break;
            case JsonValueKind.Object:
                var obj = Assert.IsType<JsonObject>(actual);
                int count = 0;
                foreach (var property in expected.EnumerateObject())
                {
                    Assert.True(obj.ContainsKey(property.Name), $"{path}: missing \"{property.Name}\" in {actual.ToJsonString()}");
                    AssertSame(property.Value, obj[property.Name], $"{path}.{property.Name}");
                    count++;
                }

                Assert.True(count == obj.Count, $"{path}: expected {expected.GetRawText()}, got {actual.ToJsonString()}");
                break;
        }
    }
}
