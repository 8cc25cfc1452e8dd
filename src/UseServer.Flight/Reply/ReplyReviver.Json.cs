using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using UseServer.Flight.Values;

namespace UseServer.Flight.Reply;

/// <content>The iterative JSON walk over one part (React's <c>JSON.parse</c> + <c>reviveModel</c>).</content>
internal sealed partial class ReplyReviver
{
    /// <summary>Keys up to this many UTF-8 bytes are looked up in the per-decode key cache without allocating.</summary>
    private const int MaxCachedKeyBytes = 64;

    /// <summary>How many distinct keys the per-decode cache keeps.</summary>
    private const int MaxCachedKeys = 1024;

    // Made on first use, as the reviver's other tables: binding straight from tokens often needs none of them.
    private HashSet<string>? _keys;

    /// <summary>Builds the value of one JSON text, resolving tags as they are met (document order, as React does).</summary>
    private JsValue ReviveText(ReadOnlySpan<byte> utf8, int pathId, ReplyPartState? state)
    {
        if (!Utf8.IsValid(utf8))
        {
            throw Fail(ReplyErrorCode.Malformed, "A part is not valid UTF-8.");
        }

        // The reader's own depth limit sits above ours so that ours reports LimitExceeded first.
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = _limits.MaxDepth + 2 });
        var frames = RentFrames();
        JsValue? root = null;
        try
        {
            while (reader.Read())
            {
                _budget.Step();
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        string key = ReadKey(ref reader);
                        if (key == "__proto__")
                        {
                            reader.Skip(); // React deletes own __proto__ keys while reviving
                            break;
                        }

                        frames[^1] = frames[^1] with { Key = key }; // a repeated key is refused when its value is attached
                        break;
                    case JsonTokenType.StartObject:
                        var obj = new JsObject(4);
                        Open(frames, obj, ref root, state, ref reader);
                        frames.Add(new Frame(null, obj, null));
                        break;
                    case JsonTokenType.StartArray:
                        var array = new JsArray(4);
                        Open(frames, array, ref root, state, ref reader);
                        frames.Add(new Frame(array, null, null));
                        break;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        frames.RemoveAt(frames.Count - 1);
                        break;
                    case JsonTokenType.String:
                        Attach(frames, ReadString(ref reader, frames, pathId)!, ref root);
                        break;
                    case JsonTokenType.Number:
                        Attach(frames, ReadNumber(ref reader), ref root);
                        break;
                    case JsonTokenType.True:
                        Attach(frames, JsBoolean.True, ref root);
                        break;
                    case JsonTokenType.False:
                        Attach(frames, JsBoolean.False, ref root);
                        break;
                    case JsonTokenType.Null:
                        Attach(frames, JsValue.Null, ref root);
                        break;
                    default:
                        throw Fail(ReplyErrorCode.Malformed, $"Unexpected JSON token {reader.TokenType}.");
                }
            }
        }
        catch (ReplyDecodeException e) when (e.Path is null)
        {
            // The innermost JSON text that failed names the slot; outer parts keep that path.
            throw new ReplyDecodeException(e.Code, e.Message, e.InnerException) { Path = ErrorPath(frames, pathId) };
        }
        finally
        {
            ReturnFrames(frames);
        }

        return root ?? throw Fail(ReplyErrorCode.Malformed, "A part holds no JSON value.");
    }

    /// <summary>Attaches a new container to its parent before its children are read, so path references to it (cycles) resolve.</summary>
    private void Open(List<Frame> frames, JsValue container, ref JsValue? root, ReplyPartState? state, ref Utf8JsonReader reader)
    {
        if (reader.CurrentDepth >= _limits.MaxDepth)
        {
            throw Fail(ReplyErrorCode.LimitExceeded, $"JSON nests deeper than {_limits.MaxDepth} (MaxDepth).");
        }

        _budget.Add(1);
        if (frames.Count == 0 && state is not null)
        {
            state.Value = container;
        }

        Attach(frames, container, ref root);
    }

    /// <summary>Puts a value in the current slot: the root, the next array item, or the pending property (an undefined property is deleted, as React does).</summary>
    private static void Attach(List<Frame> frames, JsValue value, ref JsValue? root)
    {
        if (frames.Count == 0)
        {
            root = value;
            return;
        }

        var top = frames[^1];
        if (top.Array is not null)
        {
            top.Array.Add(value);
            return;
        }

        var obj = top.Object!;
        int count = obj.Count;
        if (value is JsUndefined ? obj.ContainsKey(top.Key!) : Replaced(obj, top.Key!, value, count))
        {
            throw Fail(ReplyErrorCode.Malformed, $"An object repeats the key \"{Shorten(top.Key)}\".");
        }
    }

    /// <summary>Sets the property (one lookup) and reports whether it already existed.</summary>
    private static bool Replaced(JsObject obj, string key, JsValue value, int countBefore)
    {
        obj.SetProperty(key, value);
        return obj.Count == countBefore;
    }

    private string ReadKey(ref Utf8JsonReader reader)
    {
        ReadOnlySpan<byte> raw = reader.ValueSpan;
        if (!reader.ValueIsEscaped && raw.Length <= MaxCachedKeyBytes)
        {
            Span<char> chars = stackalloc char[MaxCachedKeyBytes];
            int length = Encoding.UTF8.GetChars(raw, chars);
            CheckStringLength(length);
            var lookup = (_keys ??= new HashSet<string>(StringComparer.Ordinal)).GetAlternateLookup<ReadOnlySpan<char>>();
            if (lookup.TryGetValue(chars[..length], out string? cached))
            {
                return cached;
            }

            string key = new(chars[..length]);
            if (lookup.Set.Count < MaxCachedKeys)
            {
                lookup.Set.Add(key);
            }

            return key;
        }

        CheckStringBytes(raw.Length);
        return CheckStringLength(reader.ValueIsEscaped ? ReplyJsonText.Unescape(raw) : reader.GetString()!);
    }

    private JsValue ReadNumber(ref Utf8JsonReader reader) => ReplyNumbers.From(ReadNumberValue(ref reader));

    private double ReadNumberValue(ref Utf8JsonReader reader)
    {
        _budget.Add(1);
        if (ShortNumberParser.TryParse(reader.ValueSpan, out double value))
        {
            return value;
        }

        if (!reader.TryGetDouble(out value) && !double.TryParse(reader.ValueSpan, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out value))
        {
            throw Fail(ReplyErrorCode.Malformed, "A JSON number could not be read.");
        }

        return value;
    }

    /// <summary>Refuses a string before it is materialised when even its shortest decoding (6 escaped bytes per unit) is too long.</summary>
    private void CheckStringBytes(int byteLength)
    {
        if (byteLength / 6 > _limits.MaxStringLength)
        {
            throw Fail(ReplyErrorCode.LimitExceeded, $"A string is longer than {_limits.MaxStringLength} characters (MaxStringLength).");
        }
    }

    private string CheckStringLength(string value) => value.Length > _limits.MaxStringLength
        ? throw Fail(ReplyErrorCode.LimitExceeded, $"A string is longer than {_limits.MaxStringLength} characters (MaxStringLength).")
        : value;

    private List<Frame> RentFrames()
    {
        if (_framePool is { Count: > 0 })
        {
            var frames = _framePool[^1];
            _framePool.RemoveAt(_framePool.Count - 1);
            return frames;
        }

        return new List<Frame>(16);
    }

    private void ReturnFrames(List<Frame> frames)
    {
        frames.Clear();
        (_framePool ??= []).Add(frames);
    }

    /// <summary>One open container: an array, or an object with the key whose value is being read.</summary>
    private readonly record struct Frame(JsArray? Array, JsObject? Object, string? Key);
}
