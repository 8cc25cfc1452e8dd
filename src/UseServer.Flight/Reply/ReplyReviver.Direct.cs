using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using UseServer.Flight.Values;

namespace UseServer.Flight.Reply;

/// <content>
/// The reviver's pieces that binding straight from tokens shares (Binding/DirectArgumentReader.cs): scalars, keys,
/// containers and parts, counted against the same budget and limits as the value model's walk, so that a body the
/// walk refuses never binds directly.
/// </content>
internal sealed partial class ReplyReviver
{
    /// <summary>The work counters of this decode.</summary>
    internal ExpansionBudget Budget => _budget;

    /// <summary>The limits in force.</summary>
    internal ReplyLimits Limits => _limits;

    /// <summary>One token of parsing work, then the next token.</summary>
    internal bool Read(ref Utf8JsonReader reader)
    {
        _budget.Step();
        return reader.Read();
    }

    /// <summary>
    /// The scalar at <paramref name="reader"/>: a number, a string (scalar tags resolved: <c>$$</c>, <c>$undefined</c>,
    /// <c>$NaN</c>, <c>$D</c>, <c>$n</c>…), a boolean or null. <see langword="false"/> for a container or a tag that needs
    /// the value model (references, Map, Set, binary, streams…).
    /// </summary>
    internal bool TryReadScalar(ref Utf8JsonReader reader, out JsValue value)
    {
        value = reader.TokenType switch
        {
            JsonTokenType.String => ReadString(ref reader, null, 0)!,
            JsonTokenType.Number => ReadNumber(ref reader),
            JsonTokenType.True => JsBoolean.True,
            JsonTokenType.False => JsBoolean.False,
            JsonTokenType.Null => JsValue.Null,
            _ => null!,
        };
        return value is not null;
    }

    /// <summary>The number at <paramref name="reader"/>, counted as the walk counts it.</summary>
    internal double ReadNumberDirect(ref Utf8JsonReader reader) => ReadNumberValue(ref reader);

    /// <summary>The property name at <paramref name="reader"/>, as the walk reads it (short keys shared per decode).</summary>
    internal string ReadPropertyName(ref Utf8JsonReader reader) => ReadKey(ref reader);

    /// <summary>A plain string's raw UTF-8 (not escaped, not tagged) within the limits, counted as the walk counts it; <see langword="false"/> for any other string.</summary>
    internal bool TryReadPlainUtf8(ref Utf8JsonReader reader, out ReadOnlySpan<byte> utf8)
    {
        utf8 = reader.ValueSpan;
        if (reader.ValueIsEscaped || (!utf8.IsEmpty && utf8[0] == (byte)ReplyTags.Marker) || utf8.Length > _limits.MaxStringLength)
        {
            return false; // over the limit in bytes may still be within it in characters: the walk decides
        }

        _budget.Add(1);
        return true;
    }

    /// <summary>
    /// A short scalar tag's text (a <c>$D</c> date) into <paramref name="chars"/>, checked and counted as <c>ReadString</c> and
    /// <c>TryParseScalarTag</c> check and count it (its length in characters, one value, which implies the byte check);
    /// <see langword="false"/>, with nothing counted, when it is escaped or longer than <paramref name="chars"/>.
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

    /// <summary>A container starts at <paramref name="reader"/>: the walk's depth limit and count.</summary>
    internal void OpenDirect(ref Utf8JsonReader reader)
    {
        if (reader.CurrentDepth >= _limits.MaxDepth)
        {
            throw Fail(ReplyErrorCode.LimitExceeded, $"JSON nests deeper than {_limits.MaxDepth} (MaxDepth).");
        }

        _budget.Add(1);
    }

    /// <summary>A reader over model part <paramref name="id"/> (valid UTF-8, not a file), one part deeper; pair with <see cref="ExitPart"/>.</summary>
    internal bool TryEnterPart(int id, out Utf8JsonReader reader)
    {
        reader = default;
        if (_nesting >= _limits.MaxReferenceChainDepth || !_payload.TryGetPart(_prefix, id, out var part) || part.IsFile || !Utf8.IsValid(part.Data.Span))
        {
            return false;
        }

        _nesting++;
        reader = new Utf8JsonReader(part.Data.Span, new JsonReaderOptions { MaxDepth = _limits.MaxDepth + 2 });
        return true;
    }

    /// <summary>Leaves the part entered by <see cref="TryEnterPart"/>.</summary>
    internal void ExitPart() => _nesting--;

    /// <summary>The bytes of file part <paramref name="id"/>.</summary>
    internal bool TryGetFile(int id, out ReadOnlyMemory<byte> bytes)
    {
        bool found = _payload.TryGetPart(_prefix, id, out var part) && part.IsFile;
        bytes = found ? part.Data : default;
        return found;
    }

    /// <summary>The id of a <c>$</c><paramref name="tag"/><c>&lt;hex&gt;</c> reference, counted as a reference; <see langword="false"/> if the text is not one.</summary>
    internal bool TryReadReference(ReadOnlySpan<byte> raw, char tag, out int id)
    {
        id = 0;
        if (raw.Length < 3 || raw.Length > 16 || raw[0] != (byte)ReplyTags.Marker || raw[1] != (byte)tag)
        {
            return false;
        }

        Span<char> hex = stackalloc char[16];
        for (int i = 2; i < raw.Length; i++)
        {
            hex[i - 2] = (char)raw[i];
        }

        if (!ReplyIds.TryParseHex(hex[..(raw.Length - 2)], out id))
        {
            return false;
        }

        CheckStringLength(raw.Length);
        _budget.Add(1);
        _budget.AddReference();
        return true;
    }
}
