using System.Buffers;
using System.Collections;
using System.Globalization;
using System.Numerics;
using System.Text.Json;
using UseServer.Flight.Values;

namespace UseServer.Flight.Reply;

/// <summary>
/// Writes plain .NET values as a reply body: the text React's <c>encodeReply</c> produces for the same values, tagged
/// with <see cref="ReplyTags"/>, so <see cref="ReplyDecoder"/> reads it back like any client body. The host seals bound
/// arguments written this way. Values come from the application, not the client; anything the format cannot express is
/// refused with an <see cref="ArgumentException"/> rather than guessed at.
/// </summary>
internal static partial class ReplyWriter
{
    /// <summary>How deeply values may nest: the app's own values, so deeper means a cycle more likely than data.</summary>
    private const int MaxDepth = 64;

    /// <summary><c>Number.MAX_SAFE_INTEGER</c>: a larger integer as a JSON number would be rounded by the decoder.</summary>
    private const long MaxSafeInteger = 9007199254740991;

    /// <summary>The reply body of the array <paramref name="values"/>, UTF-8.</summary>
    /// <param name="values">The values, in order.</param>
    /// <param name="jsonOptions">Metadata for records and classes, or <see langword="null"/> to refuse them.</param>
    /// <exception cref="ArgumentException">A value the format cannot express, a cycle, or a dictionary with non-string keys.</exception>
    public static byte[] Write(IReadOnlyList<object?> values, JsonSerializerOptions? jsonOptions)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (object? value in values)
            {
                WriteValue(writer, value, jsonOptions, 1);
            }

            writer.WriteEndArray();
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static void WriteValue(Utf8JsonWriter writer, object? value, JsonSerializerOptions? jsonOptions, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new ArgumentException($"Bound arguments nest deeper than {MaxDepth} levels (is there a cycle?).");
        }

        switch (value)
        {
            case null or JsNull: writer.WriteNullValue(); break;                                        // null
            case JsUndefined: writer.WriteStringValue(ReplyTags.Undefined); break;                       // $undefined
            case bool b: writer.WriteBooleanValue(b); break;                                             // true / false
            case string s: WriteString(writer, s); break;                                                // "$$…" escapes a leading $
            case char c: WriteString(writer, c.ToString()); break;                                       // a one-character string
            case Guid g: writer.WriteStringValue(g.ToString("D")); break;                                // the canonical text
            case Enum e: WriteString(writer, e.ToString()); break;                                       // the member name (binding reads names)
            case double d: WriteDouble(writer, d); break;                                                // number, $NaN, $Infinity, $-0
            case float f: WriteDouble(writer, f); break;                                                 // as double
            case decimal m: writer.WriteNumberValue(m); break;                                           // JSON number
            case byte or sbyte or short or ushort or int or uint or long or ulong: WriteInteger(writer, value); break; // number, or $n beyond 2^53
            case BigInteger n: WriteTagged(writer, ReplyTags.BigInt, n.ToString(CultureInfo.InvariantCulture)); break; // $n<digits>
            case DateTimeOffset o: WriteDate(writer, o); break;                                          // $D<toISOString>
            case DateTime t: WriteDate(writer, new DateTimeOffset(t.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(t, DateTimeKind.Utc) : t)); break;
            case IDictionary map: WriteObject(writer, map, jsonOptions, depth); break;                   // {"key":…}
            case IEnumerable items: WriteArray(writer, items, jsonOptions, depth); break;                // […]
            case JsonElement element: WriteElement(writer, element); break;                              // as JSON, strings escaped
            case JsValue: throw Refuse(value);
            default: WriteElement(writer, Serialize(value, jsonOptions)); break;                         // a record or class via its JSON metadata
        }
    }

    private static void WriteString(Utf8JsonWriter writer, string s) =>
        writer.WriteStringValue(s.StartsWith(ReplyTags.Marker) ? ReplyTags.Escape + s : s);

    private static void WriteTagged(Utf8JsonWriter writer, char tag, string text) =>
        writer.WriteStringValue($"{ReplyTags.Marker}{tag}{text}");

    // A long or ulong beyond 2^53 - 1 as a JSON number would come back rounded (and binding refuses it): a bigint is exact.
    private static void WriteInteger(Utf8JsonWriter writer, object value)
    {
        string text = ((IFormattable)value).ToString(null, CultureInfo.InvariantCulture);
        bool safe = value switch
        {
            long l => l is >= -MaxSafeInteger and <= MaxSafeInteger,
            ulong u => u <= MaxSafeInteger,
            _ => true,
        };
        if (safe)
        {
            writer.WriteRawValue(text);
        }
        else
        {
            WriteTagged(writer, ReplyTags.BigInt, text);
        }
    }

    private static void WriteDouble(Utf8JsonWriter writer, double d)
    {
        if (double.IsNaN(d))
        {
            writer.WriteStringValue(ReplyTags.NaN);
        }
        else if (double.IsPositiveInfinity(d))
        {
            writer.WriteStringValue(ReplyTags.Infinity);
        }
        else if (double.IsNegativeInfinity(d))
        {
            writer.WriteStringValue(ReplyTags.NegativeInfinity);
        }
        else if (d == 0 && double.IsNegative(d))
        {
            writer.WriteStringValue(ReplyTags.NegativeZero);
        }
        else
        {
            writer.WriteNumberValue(d);
        }
    }

    // A JS Date holds whole milliseconds: the ticks below one are dropped, as toISOString would never show them.
    private static void WriteDate(Utf8JsonWriter writer, DateTimeOffset value) =>
        WriteTagged(writer, ReplyTags.Date, JsDateText.Format(value.ToUnixTimeMilliseconds()));

    private static void WriteObject(Utf8JsonWriter writer, IDictionary map, JsonSerializerOptions? jsonOptions, int depth)
    {
        writer.WriteStartObject();
        foreach (DictionaryEntry entry in map)
        {
            writer.WritePropertyName(entry.Key as string ?? throw new ArgumentException("Bound dictionaries must have string keys."));
            WriteValue(writer, entry.Value, jsonOptions, depth + 1);
        }

        writer.WriteEndObject();
    }

    private static void WriteArray(Utf8JsonWriter writer, IEnumerable items, JsonSerializerOptions? jsonOptions, int depth)
    {
        writer.WriteStartArray();
        foreach (object? item in items)
        {
            WriteValue(writer, item, jsonOptions, depth + 1);
        }

        writer.WriteEndArray();
    }

    private static ArgumentException Refuse(object value) =>
        new($"A bound argument of type {value.GetType().Name} cannot be encoded; use plain values, collections, or a record the JSON options describe.");
}
