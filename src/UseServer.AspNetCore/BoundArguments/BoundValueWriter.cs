using System.Buffers;
using System.Collections;
using System.Globalization;
using System.Numerics;
using System.Text.Json;
using UseServer.Flight.Values;

namespace UseServer.AspNetCore.BoundArguments;

/// <summary>
/// Writes bound values as a reply body (the text <c>encodeReply</c> produces for plain values), so the
/// server reads them back with the same hardened decoder as any client argument. Values come from the
/// application, not the client; anything the format cannot express is refused with an
/// <see cref="ArgumentException"/> rather than guessed at.
/// </summary>
internal static class BoundValueWriter
{
    private const int MaxDepth = 64;

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
            case null or JsNull: writer.WriteNullValue(); break;                          // null
            case JsUndefined: writer.WriteStringValue("$undefined"); break;                // $undefined
            case bool b: writer.WriteBooleanValue(b); break;                               // true / false
            case string s: WriteString(writer, s); break;                                  // "$$…" escapes a leading $
            case char c: WriteString(writer, c.ToString()); break;                         // a one-character string
            case Guid g: writer.WriteStringValue(g.ToString("D")); break;                  // the canonical text
            case Enum e: WriteString(writer, e.ToString()); break;                         // the member name (binding reads names)
            case double d: WriteDouble(writer, d); break;                                  // number, $NaN, $Infinity, $-0
            case float f: WriteDouble(writer, f); break;                                   // as double
            case decimal m: writer.WriteNumberValue(m); break;                             // JSON number
            case byte or sbyte or short or ushort or int or uint or long or ulong:          // integers beyond 2^53 lose nothing: text
                writer.WriteRawValue(((IFormattable)value).ToString(null, CultureInfo.InvariantCulture)); break;
            case BigInteger n: writer.WriteStringValue("$n" + n.ToString(CultureInfo.InvariantCulture)); break; // $n<digits>
            case DateTimeOffset o: writer.WriteStringValue("$D" + JsDateText(o)); break;   // $D<toISOString>
            case DateTime t: writer.WriteStringValue("$D" + JsDateText(new DateTimeOffset(t.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(t, DateTimeKind.Utc) : t))); break;
            case IDictionary map: WriteObject(writer, map, jsonOptions, depth); break;     // {"key":…}
            case IEnumerable items: WriteArray(writer, items, jsonOptions, depth); break;  // […]
            case JsonElement element: WriteElement(writer, element); break;                // as JSON, strings escaped
            case JsValue: throw Refuse(value);
            default: WriteElement(writer, Serialize(value, jsonOptions)); break;           // a record or class via its JSON metadata
        }
    }

    private static void WriteString(Utf8JsonWriter writer, string s) =>
        writer.WriteStringValue(s.StartsWith('$') ? "$" + s : s);

    private static void WriteDouble(Utf8JsonWriter writer, double d)
    {
        if (double.IsNaN(d))
        {
            writer.WriteStringValue("$NaN");
        }
        else if (double.IsPositiveInfinity(d))
        {
            writer.WriteStringValue("$Infinity");
        }
        else if (double.IsNegativeInfinity(d))
        {
            writer.WriteStringValue("$-Infinity");
        }
        else if (d == 0 && double.IsNegative(d))
        {
            writer.WriteStringValue("$-0");
        }
        else
        {
            writer.WriteNumberValue(d);
        }
    }

    private static string JsDateText(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

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

    private static JsonElement Serialize(object value, JsonSerializerOptions? jsonOptions)
    {
        if (jsonOptions is null)
        {
            throw Refuse(value);
        }

        try
        {
            return JsonSerializer.SerializeToElement(value, jsonOptions.GetTypeInfo(value.GetType()));
        }
        catch (Exception e) when (e is NotSupportedException or InvalidOperationException or JsonException)
        {
            throw new ArgumentException($"A bound argument of type {value.GetType().Name} cannot be encoded: {e.Message}", e);
        }
    }

    // JSON from System.Text.Json: strings are escaped like any other, so a "$…" string stays a string.
    private static void WriteElement(Utf8JsonWriter writer, JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String: WriteString(writer, element.GetString()!); break;
            case JsonValueKind.Array:
                writer.WriteStartArray();
                foreach (JsonElement item in element.EnumerateArray())
                {
                    WriteElement(writer, item);
                }

                writer.WriteEndArray();
                break;
            case JsonValueKind.Object:
                writer.WriteStartObject();
                foreach (JsonProperty property in element.EnumerateObject())
                {
                    writer.WritePropertyName(property.Name);
                    WriteElement(writer, property.Value);
                }

                writer.WriteEndObject();
                break;
            default: element.WriteTo(writer); break;
        }
    }

    private static ArgumentException Refuse(object value) =>
        new($"A bound argument of type {value.GetType().Name} cannot be encoded; use plain values, collections, or a record the JSON options describe.");
}
