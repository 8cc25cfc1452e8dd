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
