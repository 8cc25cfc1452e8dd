using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Json;

namespace UseServer.Flight.Reply;

/// <content>
/// The scalar tags records usually hold (<c>$D</c> dates, <c>$n</c> bigints, <c>$$</c> strings), read for binding straight
/// from tokens without the value model's <c>JsDate</c>, <c>JsBigInt</c> or <c>JsString</c> (issue #13). Each one checks and
/// counts exactly what <c>ReadString</c> and the tag table check and count for the same text, and declines, with nothing
/// counted, whatever it does not read (the general path then reads it as before).
/// </content>
internal sealed partial class ReplyReviver
{
    /// <summary>
    /// A short scalar tag's text (a <c>$D</c> date) into <paramref name="chars"/>, checked and counted as <c>ReadString</c> and
    /// <c>TryParseScalarTag</c> check and count it (its length in characters, one value, which implies the byte check);
    /// <see langword="false"/>, with nothing counted, when it is escaped or longer than <paramref name="chars"/>. A caller
    /// that then declines the text (a <c>$D</c> that is no date) leaves it counted: harmless, the value-model path that
    /// follows a decline starts with a reviver of its own.
    /// </summary>
    internal bool TryReadShortTag(ref Utf8JsonReader reader, scoped Span<char> chars, out int length)
    {
        length = 0;
        ReadOnlySpan<byte> raw = reader.ValueSpan;
        if (reader.ValueIsEscaped || raw.Length > chars.Length)
        {
            return false;
        }

        length = Encoding.UTF8.GetChars(raw, chars);
        CheckStringLength(length);
        _budget.Add(1);
        return true;
    }

    /// <summary>
    /// A <c>$$</c> string's text without its first <c>$</c>, checked and counted as <c>ReadString</c> and
    /// <c>TryParseScalarTag</c> check and count it; <see langword="false"/>, with nothing counted, when it is escaped.
    /// </summary>
    internal bool TryReadEscapedDollar(ref Utf8JsonReader reader, [NotNullWhen(true)] out string? text)
    {
        text = null;
        ReadOnlySpan<byte> raw = reader.ValueSpan;
        if (reader.ValueIsEscaped)
        {
            return false;
        }

        CheckStringBytes(raw.Length);
        text = Encoding.UTF8.GetString(raw[1..]);
        CheckStringLength(text.Length + 1);
        _budget.Add(1);
        return true;
    }

    /// <summary>
    /// A <c>$n</c> bigint of at most <see cref="MaxLongDigits"/> digits (a <see cref="long"/>) read from its bytes, checked and
    /// counted as <c>ReadString</c>, <c>TryParseScalarTag</c> and <c>ParseBigInt</c> check and count it; <see langword="false"/>,
    /// with nothing counted, for any other text (escaped, longer, not canonical: the general path reads or refuses it).
    /// </summary>
    internal bool TryReadShortBigInt(ref Utf8JsonReader reader, out long value)
    {
        value = 0;
        ReadOnlySpan<byte> text = reader.ValueSpan[2..]; // after "$n"
        bool negative = text is [(byte)'-', ..];
        ReadOnlySpan<byte> digits = negative ? text[1..] : text;
        if (reader.ValueIsEscaped || digits.IsEmpty || digits.Length > MaxLongDigits || digits.IndexOfAnyExceptInRange((byte)'0', (byte)'9') >= 0 ||
            (digits[0] == '0' && (digits.Length > 1 || negative)))
        {
            return false;
        }

        CheckStringLength(text.Length + 2); // ASCII: as many characters as bytes
        _budget.Add(1);
        if (digits.Length > _limits.MaxBigIntDigits)
        {
            throw Fail(ReplyErrorCode.LimitExceeded, $"A bigint has {digits.Length} digits; the limit is {_limits.MaxBigIntDigits} (MaxBigIntDigits).");
        }

        _budget.Add(digits.Length);
        foreach (byte digit in digits)
        {
            value = (value * 10) + (digit - '0');
        }

        value = negative ? -value : value;
        return true;
    }
}
