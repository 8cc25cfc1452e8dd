using System.Buffers;
using System.Globalization;
using System.Numerics;
using System.Text;

namespace UseServer.Flight.Writing;

/// <summary>
/// JSON tokens written the way the client's <c>JSON.parse</c> reads them and byte for byte the way React's
/// <c>JSON.stringify</c> writes them. Hand-written rather than <c>Utf8JsonWriter</c> because Flight rows
/// interleave raw framing with JSON, strings need the <c>$$</c> escape, and <c>JSON.stringify</c> escapes
/// only quotes, backslashes, controls and lone surrogates (Utf8JsonWriter also escapes HTML characters
/// and, even relaxed, every non-BMP character), so our rows match React's and stay smaller.
/// </summary>
internal sealed partial class FlightRowWriter
{
    // What JSON.stringify escapes: C0 controls, '"', '\\', and (only when unpaired) surrogates.
    private static readonly SearchValues<char> s_escape = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\b\t\n\u000b\f\r\u000e\u000f" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001a\u001b\u001c\u001d\u001e\u001f\"\\" +
        string.Create(0x800, 0, static (span, _) =>
        {
            for (int i = 0; i < span.Length; i++)
            {
                span[i] = (char)(0xD800 + i);
            }
        }));

    // Runs shorter than this are transcoded into one GetSpan (3 bytes per UTF-16 unit at most).
    private const int DirectRunLimit = 2048;

    /// <summary>Writes a JSON string literal for <paramref name="value"/> without any <c>$</c> handling (object keys, fixed texts).</summary>
    public void WriteJsonString(ReadOnlySpan<char> value)
    {
        WriteByte((byte)'"');
        WriteEscaped(value);
        WriteByte((byte)'"');
    }

    /// <summary>Writes a string value: one starting with <c>$</c> is escaped as <c>$$</c>.</summary>
    public void WriteStringValue(ReadOnlySpan<char> value)
    {
        WriteByte((byte)'"');
        if (!value.IsEmpty && value[0] == '$')
        {
            WriteRaw(FlightValueTags.EscapedDollar);
        }

        WriteEscaped(value);
        WriteByte((byte)'"');
    }

    /// <summary>Writes <c>"&lt;prefix&gt;&lt;hex id&gt;"</c>, such as <c>"$Q1"</c>.</summary>
    public void WriteReference(ReadOnlySpan<byte> prefix, int id)
    {
        WriteByte((byte)'"');
        WriteRaw(prefix);
        WriteHex(id);
        WriteByte((byte)'"');
    }

    /// <summary>Writes <c>"&lt;prefix&gt;&lt;text&gt;"</c> with <paramref name="text"/> JSON-escaped (paths, dates, <c>$T</c> paths).</summary>
    public void WriteTagged(ReadOnlySpan<byte> prefix, ReadOnlySpan<char> text)
    {
        WriteByte((byte)'"');
        WriteRaw(prefix);
        WriteEscaped(text);
        WriteByte((byte)'"');
    }

    /// <summary>
    /// Writes a Date as <c>"$D&lt;toISOString&gt;"</c>. Years 1–9999 (every <see cref="DateTime"/>) are written digit by digit
    /// into the row; the rest of JavaScript's range (years 0 and ±YYYYYY) through <see cref="Values.JsDateText"/>.
    /// </summary>
    public void WriteDate(double time)
    {
        const double first = -62135596800000; // 0001-01-01T00:00:00.000Z
        const double last = 253402300799999;  // 9999-12-31T23:59:59.999Z
        if (!(time >= first && time <= last))
        {
            WriteTagged(FlightValueTags.Date, Values.JsDateText.Format(time));
            return;
        }

        DateTime at = DateTime.UnixEpoch.AddTicks((long)time * TimeSpan.TicksPerMillisecond);
        at.Deconstruct(out int year, out int month, out int day);
        WriteByte((byte)'"');
        WriteRaw(FlightValueTags.Date);
        Span<byte> text = GetSpan(IsoLength);
        Digits(text[..4], year);
        text[4] = (byte)'-';
        Digits(text.Slice(5, 2), month);
        text[7] = (byte)'-';
        Digits(text.Slice(8, 2), day);
        text[10] = (byte)'T';
        Digits(text.Slice(11, 2), at.Hour);
        text[13] = (byte)':';
        Digits(text.Slice(14, 2), at.Minute);
        text[16] = (byte)':';
        Digits(text.Slice(17, 2), at.Second);
        text[19] = (byte)'.';
        Digits(text.Slice(20, 3), at.Millisecond);
        text[23] = (byte)'Z';
        Advance(IsoLength);
        WriteByte((byte)'"');
    }

    /// <summary><c>YYYY-MM-DDTHH:mm:ss.sssZ</c>.</summary>
    private const int IsoLength = 24;

    /// <summary>Writes <paramref name="value"/> as exactly <c>digits.Length</c> decimal digits, zero-padded.</summary>
    private static void Digits(Span<byte> digits, int value)
    {
        for (int i = digits.Length - 1; i >= 0; i--)
        {
            digits[i] = (byte)('0' + (value % 10));
            value /= 10;
        }
    }

    /// <summary>Writes a bigint as <c>"$n&lt;digits&gt;"</c>.</summary>
    public void WriteBigInt(BigInteger value)
    {
        if (value >= long.MinValue && value <= long.MaxValue)
        {
            WriteBigInt((long)value);
            return;
        }

        WriteByte((byte)'"');
        WriteRaw(FlightValueTags.BigInt);
        WriteRaw(Encoding.ASCII.GetBytes(value.ToString(CultureInfo.InvariantCulture)));
        WriteByte((byte)'"');
    }

    /// <summary>Writes a 64-bit integer as a bigint, <c>"$n&lt;digits&gt;"</c>.</summary>
    public void WriteBigInt(long value)
    {
        WriteByte((byte)'"');
        WriteRaw(FlightValueTags.BigInt);
        WriteInteger(value);
        WriteByte((byte)'"');
    }

    /// <summary>Writes an unsigned 64-bit integer as a bigint.</summary>
    public void WriteBigInt(ulong value)
    {
        WriteByte((byte)'"');
        WriteRaw(FlightValueTags.BigInt);
        Span<byte> span = GetSpan(20);
        value.TryFormat(span, out int written, default, CultureInfo.InvariantCulture);
        Advance(written);
        WriteByte((byte)'"');
    }

    /// <summary>Writes an integer as a JSON number.</summary>
    public void WriteInteger(long value)
    {
        Span<byte> span = GetSpan(20);
        value.TryFormat(span, out int written, default, provider: null);
        Advance(written);
    }

    /// <summary>Writes a finite number the way JavaScript's <c>Number.prototype.toString</c> does; specials are tags.</summary>
    public void WriteNumber(double value)
    {
        if (double.IsNaN(value))
        {
            WriteRaw(FlightValueTags.NaN);
        }
        else if (double.IsPositiveInfinity(value))
        {
            WriteRaw(FlightValueTags.Infinity);
        }
        else if (double.IsNegativeInfinity(value))
        {
            WriteRaw(FlightValueTags.NegativeInfinity);
        }
        else if (value == 0 && double.IsNegative(value))
        {
            WriteRaw(FlightValueTags.NegativeZero);
        }
        else
        {
            Span<byte> span = GetSpan(JsNumberText.MaxLength);
            Advance(JsNumberText.Format(value, span));
        }
    }

    /// <summary>Writes <c>true</c> or <c>false</c>.</summary>
    public void WriteBoolean(bool value) => WriteRaw(value ? "true"u8 : "false"u8);

    /// <summary>Writes <c>null</c>.</summary>
    public void WriteNull() => WriteRaw("null"u8);

    private void WriteEscaped(ReadOnlySpan<char> value)
    {
        while (!value.IsEmpty)
        {
            int stop = value.IndexOfAny(s_escape);
            ReadOnlySpan<char> run = stop < 0 ? value : value[..stop];
            if (!run.IsEmpty)
            {
                WriteUtf8(run);
            }

            if (stop < 0)
            {
                return;
            }

            char c = value[stop];
            if (char.IsHighSurrogate(c) && stop + 1 < value.Length && char.IsLowSurrogate(value[stop + 1]))
            {
                WriteUtf8(value.Slice(stop, 2)); // a well-formed pair is written as its 4 UTF-8 bytes
                value = value[(stop + 2)..];
                continue;
            }

            WriteEscape(c);
            value = value[(stop + 1)..];
        }
    }

    private void WriteUtf8(ReadOnlySpan<char> run)
    {
        if (run.Length <= DirectRunLimit)
        {
            Span<byte> span = GetSpan(run.Length * 3);
            Advance(Encoding.UTF8.GetBytes(run, span));
        }
        else
        {
            Encoding.UTF8.GetBytes(run, Output);
        }
    }

    private void WriteEscape(char c)
    {
        ReadOnlySpan<byte> shortForm = c switch
        {
            '"' => "\\\""u8,
            '\\' => "\\\\"u8,
            '\b' => "\\b"u8,
            '\f' => "\\f"u8,
            '\n' => "\\n"u8,
            '\r' => "\\r"u8,
            '\t' => "\\t"u8,
            _ => default,
        };
        if (!shortForm.IsEmpty)
        {
            WriteRaw(shortForm);
            return;
        }

        // Other controls and lone surrogates: \uXXXX with lowercase hex, as JSON.stringify writes them.
        Span<byte> span = GetSpan(6);
        span[0] = (byte)'\\';
        span[1] = (byte)'u';
        ((int)c).TryFormat(span[2..], out _, "x4", provider: null);
        Advance(6);
    }
}
