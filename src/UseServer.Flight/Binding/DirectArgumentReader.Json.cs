using System.Runtime.CompilerServices;
using System.Text.Json;
using UseServer.Flight.Reply;
using UseServer.Flight.Values;

namespace UseServer.Flight.Binding;

/// <content>
/// Records and classes: the reply's tokens rewritten as the plain JSON that <see cref="JsValueJsonWriter"/> would write
/// for the same value (so System.Text.Json binds exactly what it bound before), with Maps, Sets, iterators and byte
/// arrays read from their parts in place. Every rule of the value-model path is kept by giving up where it could differ:
/// a repeated key, a Map key that is not a string, a repeated Set item, a reference, any other binary view or tag.
/// </content>
internal sealed partial class DirectArgumentReader
{
    /// <summary>Sets with more scalar items than this go to the value model (the repeat check here is linear).</summary>
    private const int MaxDistinctItems = 64;

    // The rewrite's tables, and the parts already used, are made on first use: most calls need few of them.
    private List<ObjectFrame>? _objects;
    private List<int>? _initializers;
    private List<int>? _binaryParts;
    private Utf8JsonWriter? _json;
    private long _written;
    private int _depth;

    /// <summary>The JSON of the object at <paramref name="reader"/>, ending on its <c>}</c>; valid until the next call.</summary>
    public bool TryWriteJson(ref Utf8JsonReader reader, out ReadOnlySpan<byte> json)
    {
        json = default;
        Buffer.ResetWrittenCount();
        if (_json is null)
        {
            _json = new Utf8JsonWriter(Buffer, new JsonWriterOptions { SkipValidation = true });
        }
        else
        {
            _json.Reset(Buffer);
        }

        _written = 0;
        _depth = 0;
        if (!TryWriteValue(ref reader, null))
        {
            return false;
        }

        _json.Flush();
        json = Buffer.WrittenSpan;
        return true;
    }

    /// <summary>Writes the value at <paramref name="reader"/> (as property <paramref name="key"/> inside an object), iteratively.</summary>
    private bool TryWriteValue(ref Utf8JsonReader reader, string? key)
    {
        int depth = _depth;
        while (true)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject:
                case JsonTokenType.StartArray:
                    bool isObject = reader.TokenType == JsonTokenType.StartObject;
                    Reviver.OpenDirect(ref reader);
                    if (!TryOpen(key, isObject))
                    {
                        return false;
                    }

                    key = null;
                    break;
                case JsonTokenType.EndObject:
                case JsonTokenType.EndArray:
                    Close(reader.TokenType == JsonTokenType.EndObject);
                    break;
                case JsonTokenType.PropertyName:
                    string name = Reviver.ReadPropertyName(ref reader);
                    if (name == "__proto__")
                    {
                        reader.Skip(); // the walk deletes own __proto__ keys unread
                        break;
                    }

                    if (!AddKey(name))
                    {
                        return false; // a repeated key: Malformed, the walk's to say
                    }

                    key = name;
                    break;
                default:
                    if (!TryWriteScalar(ref reader, key))
                    {
                        return false;
                    }

                    key = null;
                    break;
            }

            if (_depth == depth)
            {
                return true;
            }

            if (!Reviver.Read(ref reader))
            {
                return false;
            }
        }
    }

    private bool TryWriteScalar(ref Utf8JsonReader reader, string? key)
    {
        switch (reader.TokenType)
        {
            // A number, as the value model holds it (a double) and writes it.
            case JsonTokenType.Number:
                double number = Reviver.ReadNumberDirect(ref reader);
                Count(1);
                WriteKey(key);
                JsValueJsonWriter.WriteNumber(_json!, number);
                return true;

            // A plain string: its bytes, never materialised.
            case JsonTokenType.String when Reviver.TryReadPlainUtf8(ref reader, out ReadOnlySpan<byte> utf8):
                Count(1 + utf8.Length);
                WriteKey(key);
                _json!.WriteStringValue(utf8);
                return true;

            // Tags that name another part: Map, Set, iterator, bytes.
            case JsonTokenType.String when !reader.ValueIsEscaped && reader.ValueSpan is [(byte)ReplyTags.Marker, byte tag, ..]:
                switch ((char)tag)
                {
                    case ReplyTags.Map: // $Q<id>: an object of its string keys
                        return TryWriteInitializer(ref reader, key, ReplyTags.Map);
                    case ReplyTags.Set: // $W<id>: an array of its distinct items
                        return TryWriteInitializer(ref reader, key, ReplyTags.Set);
                    case ReplyTags.Iterator: // $i<id>: an array of its items
                        return TryWriteInitializer(ref reader, key, ReplyTags.Iterator);
                    case 'A' or 'o' or 'U' or 'V': // ArrayBuffer, Uint8Array, Uint8ClampedArray, DataView: base64
                        return TryWriteBytes(ref reader, key, (char)tag);
                }

                break;
        }

        // Booleans, null, escaped strings and the scalar tags, through the value model's own leaves.
        return Reviver.TryReadScalar(ref reader, out JsValue value) && TryWriteLeaf(value, key);
    }

    /// <summary>A leaf where the value model would have it: an undefined property is left out, an undefined item is null.</summary>
    private bool TryWriteLeaf(JsValue value, string? key)
    {
        if (value is JsUndefined)
        {
            if (InObject)
            {
                return true;
            }

            value = JsValue.Null;
        }

        Count(value is JsString s ? 1 + s.Value.Length : 1);
        WriteKey(key);
        return JsValueJsonWriter.TryWriteScalar(_json!, value);
    }

    private List<ObjectFrame> Objects => _objects ??= [];

    private static bool UsedPart(List<int>? used, int id) => used is not null && used.Contains(id);

    private bool InObject => Objects.Count > 0 && Objects[^1].IsObject;

    /// <summary><c>$Q</c>, <c>$W</c> or <c>$i</c>: the array in another part, read once (single use, as the walk requires).</summary>
    private bool TryWriteInitializer(ref Utf8JsonReader reader, string? key, char tag)
    {
        if (!Reviver.TryReadReference(reader.ValueSpan, tag, out int id) || UsedPart(_initializers, id) || !Reviver.TryEnterPart(id, out Utf8JsonReader part))
        {
            return false;
        }

        (_initializers ??= []).Add(id);
        RuntimeHelpers.EnsureSufficientExecutionStack();
        bool written = Reviver.Read(ref part) && part.TokenType == JsonTokenType.StartArray && TryOpen(key, tag == ReplyTags.Map) &&
            (tag == ReplyTags.Map ? TryWriteMapEntries(ref part) : TryWriteItems(ref part, distinct: tag == ReplyTags.Set));
        Reviver.ExitPart();
        return written && !Reviver.Read(ref part); // nothing may follow the array
    }

    /// <summary>Map pairs <c>[key, value]</c> as properties: string keys only, each once.</summary>
    private bool TryWriteMapEntries(ref Utf8JsonReader part)
    {
        Reviver.OpenDirect(ref part);
        while (Reviver.Read(ref part) && part.TokenType != JsonTokenType.EndArray)
        {
            if (part.TokenType != JsonTokenType.StartArray)
            {
                return false;
            }

            Reviver.OpenDirect(ref part);
            if (!Reviver.Read(ref part) || !Reviver.TryReadScalar(ref part, out JsValue k) || k is not JsString name || !AddKey(name.Value))
            {
                return false;
            }

            if (!Reviver.Read(ref part) || part.TokenType is JsonTokenType.EndArray || !TryWriteValue(ref part, name.Value) ||
                !Reviver.Read(ref part) || part.TokenType != JsonTokenType.EndArray)
            {
                return false;
            }
        }

        Close(isObject: true);
        return true;
    }

    /// <summary>Set or iterator items as array items; a Set's scalar items must be distinct (SameValueZero), containers always are.</summary>
    private bool TryWriteItems(ref Utf8JsonReader part, bool distinct)
    {
        Reviver.OpenDirect(ref part);
        var seen = distinct ? new List<JsValue>() : null;
        while (Reviver.Read(ref part) && part.TokenType != JsonTokenType.EndArray)
        {
            if (part.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray || seen is null)
            {
                if (!TryWriteValue(ref part, null))
                {
                    return false;
                }

                continue;
            }

            if (!Reviver.TryReadScalar(ref part, out JsValue item) || seen.Count >= MaxDistinctItems || Contains(seen, item))
            {
                return false;
            }

            seen.Add(item);
            if (!TryWriteLeaf(item, null))
            {
                return false;
            }
        }

        Close(isObject: false);
        return true;
    }

    /// <summary>Bytes of a file part as base64 (a <c>byte[]</c> member), each part used once.</summary>
    private bool TryWriteBytes(ref Utf8JsonReader reader, string? key, char tag)
    {
        if (!Reviver.TryReadReference(reader.ValueSpan, tag, out int id) || UsedPart(_binaryParts, id) || !Reviver.TryGetFile(id, out ReadOnlyMemory<byte> bytes))
        {
            return false;
        }

        (_binaryParts ??= []).Add(id);
        Reviver.Budget.Add(1);
        Count(1 + (long)bytes.Length);
        WriteKey(key);
        _json!.WriteBase64StringValue(bytes.Span);
        return true;
    }

    private static bool Contains(List<JsValue> seen, JsValue item)
    {
        foreach (JsValue other in seen)
        {
            if (SameValueZeroComparer.Instance.Equals(other, item))
            {
                return true;
            }
        }

        return false;
    }

    private bool TryOpen(string? key, bool isObject)
    {
        Count(1);
        if (_depth >= Reviver.Limits.MaxDepth)
        {
            return false;
        }

        WriteKey(key);
        _depth++;
        Objects.Add(new ObjectFrame(isObject, Keys.Count, null));
        if (isObject)
        {
            _json!.WriteStartObject();
        }
        else
        {
            _json!.WriteStartArray();
        }

        return true;
    }

    private void Close(bool isObject)
    {
        _depth--;
        ObjectFrame frame = Objects[^1];
        Objects.RemoveAt(Objects.Count - 1);
        Keys.RemoveRange(frame.KeyStart, Keys.Count - frame.KeyStart);
        if (frame.Set is { } set)
        {
            set.Clear();
            KeySets.Add(set);
        }

        if (isObject)
        {
            _json!.WriteEndObject();
        }
        else
        {
            _json!.WriteEndArray();
        }
    }

    private void WriteKey(string? key)
    {
        if (key is not null)
        {
            _json!.WritePropertyName(JsValueJsonWriter.WellFormed(key));
        }
    }

    /// <summary>What <see cref="JsValueJsonWriter"/> counts against <see cref="ReplyLimits.MaxExpansion"/> (strings by bytes here, never fewer).</summary>
    private void Count(long units)
    {
        _written += units;
        if (_written > Reviver.Limits.MaxExpansion)
        {
            throw BindingErrors.Invalid("The argument expands to more values than the limits allow.");
        }
    }

    /// <summary>An open container: whether it is an object, where its keys start in <see cref="Keys"/>, or its key set once it has many.</summary>
    private readonly record struct ObjectFrame(bool IsObject, int KeyStart, HashSet<string>? Set);
}
