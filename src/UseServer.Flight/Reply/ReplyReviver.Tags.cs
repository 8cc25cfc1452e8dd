using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Json;
using UseServer.Flight.Values;

namespace UseServer.Flight.Reply;

/// <content>Strings and the <c>$</c> tag table (React's <c>parseModelString</c>, docs/protocol.md, "Reply tags").</content>
internal sealed partial class ReplyReviver
{
    /// <summary>Tagged strings up to this many bytes are decoded on the stack.</summary>
    private const int MaxStackTagBytes = 128;

    /// <summary>Unescaped strings up to this many bytes are shared per decode.</summary>
    private const int MaxSharedStringBytes = 32;

    /// <summary>How many distinct short strings one decode shares.</summary>
    private const int MaxSharedStrings = 4096;

    /// <summary>Bigints with up to this many digits fit a <see cref="long"/>.</summary>
    private const int MaxLongDigits = 18;

    private Dictionary<string, JsString>? _strings;

    private JsValue? ReadString(ref Utf8JsonReader reader, List<Frame>? frames, int pathId)
    {
        ReadOnlySpan<byte> raw = reader.ValueSpan;
        CheckStringBytes(raw.Length);
        if (raw.IsEmpty)
        {
            _budget.Add(1);
            return JsString.Empty;
        }

        if (!reader.ValueIsEscaped)
        {
            if (raw[0] != (byte)ReplyTags.Marker)
            {
                return raw.Length <= MaxSharedStringBytes ? SharedString(raw) : PlainString(reader.GetString()!);
            }

            if (raw.Length <= MaxStackTagBytes)
            {
                Span<char> chars = stackalloc char[MaxStackTagBytes];
                int length = Encoding.UTF8.GetChars(raw, chars);
                return ParseTag(chars[..length], null, frames, pathId);
            }
        }

        string text = reader.ValueIsEscaped ? ReplyJsonText.Unescape(raw) : reader.GetString()!;
        return text.Length > 0 && text[0] == ReplyTags.Marker
            ? ParseTag(text, text, frames, pathId)
            : PlainString(text);
    }

    /// <summary>
    /// Short strings repeat (enum-like values, tags in lists): one <see cref="JsString"/> per distinct short text
    /// per decode. Strings are values in JavaScript, so sharing the instance is not observable.
    /// </summary>
    private JsString SharedString(ReadOnlySpan<byte> utf8)
    {
        Span<char> chars = stackalloc char[MaxSharedStringBytes];
        int length = Encoding.UTF8.GetChars(utf8, chars);
        CheckStringLength(length);
        _budget.Add(1); // text in the body counts as one value: the body size bounds it; re-references count it in full
        var lookup = (_strings ??= new Dictionary<string, JsString>(StringComparer.Ordinal)).GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(chars[..length], out var shared))
        {
            return shared;
        }

        var value = new JsString(new string(chars[..length]));
        if (lookup.Dictionary.Count < MaxSharedStrings)
        {
            lookup.Dictionary[value.Value] = value;
        }

        return value;
    }

    private JsString PlainString(string value)
    {
        CheckStringLength(value);
        _budget.Add(1); // as above: only a re-reference counts the text's length
        return new JsString(value);
    }

    /// <summary>
    /// Resolves a string that starts with <c>$</c>. <paramref name="whole"/> is the same text as a string when one exists.
    /// With <paramref name="frames"/> null (binding straight from tokens, ReplyReviver.Direct.cs) only the scalar tags
    /// resolve; any other tag gives <see langword="null"/>: it needs the value model.
    /// </summary>
    private JsValue? ParseTag(ReadOnlySpan<char> tag, string? whole, List<Frame>? frames, int pathId)
    {
        if (TryParseScalarTag(tag, whole, out JsValue? scalar))
        {
            return scalar;
        }

        if (frames is null)
        {
            return null;
        }

        ReadOnlySpan<char> rest = tag[2..];
        switch (tag[1])
        {
            case ReplyTags.TemporaryReference: // $T: an opaque client value, named by its slot path
                return tag.Length == 2 ? new JsTemporaryReference(SlotPath(frames, pathId)) : throw UnknownTag(tag);
            case ReplyTags.Promise: // $@<id>: an already-resolved promise
                return ResolvePromise(ParseId(rest, tag));
            case ReplyTags.Map: // $Q<id>: Map from an array of pairs
                return ResolveMap(ParseId(rest, tag));
            case ReplyTags.Set: // $W<id>: Set from an array
                return ResolveSet(ParseId(rest, tag));
            case ReplyTags.Iterator: // $i<id>: iterator from an array
                return ResolveIterator(ParseId(rest, tag));
            case ReplyTags.FormData: // $K<id>: FormData from the _<id>_ entries
                return ResolveFormData(ParseId(rest, tag));
            case ReplyTags.Blob: // $B<id>: Blob or File from a file part
                return ResolveBlob(ParseId(rest, tag));
            case ReplyTags.ServerReference: // $h<id>: an inert server-function handle
                return ResolveServerReference(ParseId(rest, tag), IsThenSlot(frames));
            case ReplyTags.ReadableStream: // $R<id>
                return ResolveStream(ParseId(rest, tag), JsStreamKind.ReadableStream);
            case ReplyTags.ByteStream: // $r<id>
                return ResolveStream(ParseId(rest, tag), JsStreamKind.ByteStream);
            case ReplyTags.AsyncIterable: // $X<id>
                return ResolveStream(ParseId(rest, tag), JsStreamKind.AsyncIterable);
            case ReplyTags.AsyncIterator: // $x<id>
                return ResolveStream(ParseId(rest, tag), JsStreamKind.AsyncIterator);
            case char c when ReplyTypedArrays.TryGetKind(c, out var kind): // $A $O $o $U $S $s $L $l $G $g $M $m $V
                return ResolveTypedArray(ParseId(rest, tag), kind);
            case char c when ReplyTags.IsHexDigit(c): // $<hex id>[:key…]: a part or a path inside one
                return ResolvePathReference(tag[1..]);
            default:
                throw UnknownTag(tag);
        }
    }

    /// <summary>The tags whose value is a scalar, needing no other part: the half of the table that binding straight from tokens shares.</summary>
    private bool TryParseScalarTag(ReadOnlySpan<char> tag, string? whole, [NotNullWhen(true)] out JsValue? value)
    {
        CheckStringLength(tag.Length);
        _budget.Add(1);
        if (tag.Length < 2)
        {
            throw Fail(ReplyErrorCode.UnknownTag, "A string is a lone \"$\" (encodeReply sends \"$$\").");
        }

        value = tag[1] switch
        {
            // $$…: an escaped string
            ReplyTags.Escape => new JsString(whole is null ? tag[1..].ToString() : whole[1..]),
            // $undefined
            'u' => tag.SequenceEqual(ReplyTags.Undefined) ? JsValue.Undefined : throw UnknownTag(tag),
            // $H: newer clients' undefined (19.3.1 itself rejects it; see ReplyTags.NewClientUndefined)
            'H' => tag.SequenceEqual(ReplyTags.NewClientUndefined) ? JsValue.Undefined : throw UnknownTag(tag),
            // $NaN
            'N' => tag.SequenceEqual(ReplyTags.NaN) ? ReplyNumbers.NaN : throw UnknownTag(tag),
            // $Infinity
            'I' => tag.SequenceEqual(ReplyTags.Infinity) ? ReplyNumbers.PositiveInfinity : throw UnknownTag(tag),
            // $-0 and $-Infinity, nothing else
            '-' => tag.SequenceEqual(ReplyTags.NegativeZero) ? ReplyNumbers.NegativeZero
                : tag.SequenceEqual(ReplyTags.NegativeInfinity) ? ReplyNumbers.NegativeInfinity
                : throw UnknownTag(tag),
            // $D<toISOString>
            ReplyTags.Date => ParseDate(tag[2..]),
            // $n<canonical decimal>
            ReplyTags.BigInt => ParseBigInt(tag[2..]),
            _ => null,
        };
        return value is not null;
    }

    private void CheckStringLength(int length)
    {
        if (length > _limits.MaxStringLength)
        {
            throw Fail(ReplyErrorCode.LimitExceeded, $"A string is longer than {_limits.MaxStringLength} characters (MaxStringLength).");
        }
    }

    private int ParseId(ReadOnlySpan<char> hex, ReadOnlySpan<char> tag)
    {
        _budget.AddReference();
        return ReplyIds.TryParseHex(hex, out int id)
            ? id
            : throw Fail(ReplyErrorCode.InvalidReference, $"\"{Shorten(tag)}\" does not end in a lowercase hex part id.");
    }

    private static JsDate ParseDate(ReadOnlySpan<char> iso) =>
        JsDateText.TryParse(iso, out double time)
            ? new JsDate(time)
            : throw Fail(ReplyErrorCode.InvalidValue, $"\"$D{Shorten(iso)}\" is not a Date.toISOString() value.");

    private JsBigInt ParseBigInt(ReadOnlySpan<char> text)
    {
        ReadOnlySpan<char> digits = text.Length > 0 && text[0] == '-' ? text[1..] : text;
        if (digits.Length > _limits.MaxBigIntDigits)
        {
            throw Fail(ReplyErrorCode.LimitExceeded, $"A bigint has {digits.Length} digits; the limit is {_limits.MaxBigIntDigits} (MaxBigIntDigits).");
        }

        bool canonical = !digits.IsEmpty && digits.IndexOfAnyExceptInRange('0', '9') < 0 &&
            (digits[0] != '0' || (digits.Length == 1 && digits.Length == text.Length));
        if (!canonical)
        {
            throw Fail(ReplyErrorCode.InvalidValue, $"\"$n{Shorten(text)}\" is not a canonical bigint.");
        }

        _budget.Add(digits.Length);
        return new JsBigInt(digits.Length <= MaxLongDigits
            ? new BigInteger(long.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture)) // the usual ids and sizes: no BigInteger parse
            : BigInteger.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture));
    }

    private static bool IsThenSlot(List<Frame> frames) => frames.Count > 0 && frames[^1].Object is not null && frames[^1].Key == "then";

    private static ReplyDecodeException UnknownTag(ReadOnlySpan<char> tag) =>
        Fail(ReplyErrorCode.UnknownTag, $"\"{Shorten(tag)}\" is not a reply tag React 19.3 sends.");

    /// <summary>At most 40 characters of wire text for an error message.</summary>
    private static string Shorten(ReadOnlySpan<char> text) => text.Length <= 40 ? text.ToString() : string.Concat(text[..40], "…");
}
