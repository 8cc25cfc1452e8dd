using System.Globalization;
using System.Text.Json;
using UseServer.Flight.Values;

namespace UseServer.Flight.Binding;

internal sealed partial class JsValueJsonWriter
{
    private void WriteValue(JsValue value)
    {
        Count(1);

        switch (value)
        {
            // Scalars (strings count their length too).
            case JsString s: Count(s.Value.Length); TryWriteScalar(_json, s); break;
            case JsNull or JsBoolean or JsNumber or JsBigInt or JsDate: TryWriteScalar(_json, value); break;

            // Bytes as base64; other typed arrays as their elements.
            case JsTypedArray a: WriteTypedArray(a); break;

            // Containers: opened here, filled by the loop in Run.
            case JsObject o: Open(new Frame(o, o.Count, isObject: true)); break;
            case JsMap m: Open(new Frame(m, m.Count, isObject: true)); break;
            case JsArray a: Open(new Frame(a, a.Count, isObject: false)); break;
            case JsSet s: Open(new Frame(s, s.Count, isObject: false)); break;
            case JsIterator i: Open(new Frame(i, i.Items.Count, isObject: false)); break;

            // Blobs, form data, promises, streams, references: nothing JSON can carry.
            default: throw BindingErrors.Invalid($"Got {BindingErrors.Describe(value)}, which cannot be a member of a record or class.");
        }
    }

    // Strings and bytes count by length, as React's budget does: a long string reached through many
    // references costs its length each time it is written out.
    private void Count(int units)
    {
        _written += units;
        if (_written > _limits.MaxExpansion)
        {
            throw BindingErrors.Invalid("The argument expands to more values than the limits allow.");
        }
    }

    private void Open(Frame frame)
    {
        if (!_open.Add(frame.Container))
        {
            throw BindingErrors.Invalid("The value contains itself; a record or class cannot hold a cycle.");
        }

        if (_stack.Count >= _limits.MaxDepth)
        {
            throw BindingErrors.Invalid("The argument is nested more deeply than the limits allow.");
        }

        _stack.Push(frame);
        if (frame.IsObject)
        {
            _json.WriteStartObject();
        }
        else
        {
            _json.WriteStartArray();
        }
    }

    /// <summary>Writes a scalar as the JSON System.Text.Json binds records from; <see langword="false"/> for anything else.</summary>
    internal static bool TryWriteScalar(Utf8JsonWriter json, JsValue value)
    {
        switch (value)
        {
            case JsNull: json.WriteNullValue(); break;
            case JsBoolean b: json.WriteBooleanValue(b.Value); break;
            case JsString s: json.WriteStringValue(WellFormed(s.Value)); break;
            case JsNumber n: WriteNumber(json, n.Value); break;
            case JsBigInt b: json.WriteRawValue(b.Value.ToString(CultureInfo.InvariantCulture), skipInputValidation: true); break;
            case JsDate d: json.WriteStringValue(d.ToIsoString()); break;
            default: return false;
        }

        return true;
    }

    /// <summary>
    /// A JavaScript string may hold a lone surrogate, which UTF-8 JSON would silently turn into U+FFFD; a
    /// changed value is refused instead (a <c>string</c> parameter, bound directly, keeps it as it is).
    /// </summary>
    internal static string WellFormed(string value)
    {
        var text = value.AsSpan();
        int i = text.IndexOfAnyInRange('\uD800', '\uDFFF');
        while (i >= 0 && i < text.Length)
        {
            if (!char.IsHighSurrogate(text[i]) || i + 1 == text.Length || !char.IsLowSurrogate(text[i + 1]))
            {
                throw BindingErrors.Invalid("A string holds a lone surrogate, which a record or class member cannot keep.");
            }

            i += 2;
            int next = text[i..].IndexOfAnyInRange('\uD800', '\uDFFF');
            i = next < 0 ? -1 : i + next;
        }

        return value;
    }

    /// <summary>A number as JSON; NaN and the infinities as the strings <c>AllowNamedFloatingPointLiterals</c> reads.</summary>
    internal static void WriteNumber(Utf8JsonWriter json, double value)
    {
        if (double.IsFinite(value))
        {
            json.WriteNumberValue(value);
        }
        else
        {
            json.WriteStringValue(double.IsNaN(value) ? "NaN" : value > 0 ? "Infinity" : "-Infinity");
        }
    }

    private void WriteTypedArray(JsTypedArray array)
    {
        Count(array.Bytes.Length);
        if (array.ArrayKind is JsTypedArrayKind.ArrayBuffer or JsTypedArrayKind.Uint8Array or JsTypedArrayKind.Uint8ClampedArray or JsTypedArrayKind.DataView)
        {
            _json.WriteBase64StringValue(array.Bytes.Span);
            return;
        }

        // Elements are scalars: written in place, no frame needed.
        _json.WriteStartArray();
        foreach (var element in TypedArrayElements.Read(array))
        {
            WriteValue(element);
        }

        _json.WriteEndArray();
    }
}
