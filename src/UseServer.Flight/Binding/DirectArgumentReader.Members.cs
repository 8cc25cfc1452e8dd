using System.Runtime.CompilerServices;
using System.Text.Json;
using UseServer.Flight.Reply;
using UseServer.Flight.Values;

namespace UseServer.Flight.Binding;

/// <content>
/// Members of records and classes bound with <see cref="ObjectBinder"/>: each token is read, counted and checked exactly
/// as the rewrite (DirectArgumentReader.Json.cs) reads, counts and checks it before writing it out, then handed to the
/// member's <see cref="MemberReader"/> instead of being written. Containers nest by recursion, bounded by
/// <see cref="ReplyLimits.MaxDepth"/> (checked on every open, as the rewrite checks it) and by a stack probe.
/// </content>
internal sealed partial class DirectArgumentReader
{
    /// <summary>How a member read ended besides a value: its property was <c>undefined</c> and is left out, as JSON leaves it out.</summary>
    public const int Omitted = 2;

    /// <summary><c>$D</c> and <c>toISOString</c>'s longest text (a six-digit signed year): 29 bytes; longer ones go the general way.</summary>
    private const int MaxDateTagBytes = 32;

    /// <summary>The deepest container opened in the current argument (System.Text.Json refuses JSON deeper than its MaxDepth).</summary>
    public int DeepestContainer { get; private set; }

    /// <summary>Starts a record or class argument: the rewrite's counters start again for each one.</summary>
    public void BeginObjectArgument()
    {
        _written = 0;
        _depth = 0;
        DeepestContainer = 0;
    }

    /// <summary>
    /// Reads the value at <paramref name="reader"/> with <paramref name="member"/>: 1 with a value, <see cref="Omitted"/> for
    /// an undefined property (<paramref name="inObject"/>), 0 to decline. An undefined item is null, as the rewrite writes it.
    /// </summary>
    public int TryReadMember(ref Utf8JsonReader reader, MemberReader member, bool inObject, out object? value)
    {
        value = null;
        switch (reader.TokenType)
        {
            case JsonTokenType.Number:
                double number = Reviver.ReadNumberDirect(ref reader);
                Count(1);
                return Result(member.TryNumber(number, out value));

            case JsonTokenType.String when Reviver.TryReadPlainUtf8(ref reader, out ReadOnlySpan<byte> utf8):
                Count(1 + utf8.Length);
                return Result(member.TryPlain(utf8, out value));

            case JsonTokenType.String when !reader.ValueIsEscaped && reader.ValueSpan is [(byte)ReplyTags.Marker, byte tag, ..]:
                switch ((char)tag)
                {
                    case ReplyTags.Map or ReplyTags.Set or ReplyTags.Iterator:
                        return Result(TryReadInitializer(ref reader, member, (char)tag, out value));
                    case 'A' or 'o' or 'U' or 'V':
                        return Result(TryReadBytes(ref reader, out ReadOnlyMemory<byte> bytes) && member.TryBytes(bytes, out value));
                    case ReplyTags.Date when reader.ValueSpan.Length <= MaxDateTagBytes:
                        return TryReadDate(ref reader, member, out value);
                    case ReplyTags.BigInt when Reviver.TryReadShortBigInt(ref reader, out long integer):
                        Count(1); // as TryReadLeaf takes the JsBigInt the walk makes
                        return Result(member.TryInteger(integer, out value));
                    case ReplyTags.Escape when Reviver.TryReadEscapedDollar(ref reader, out string? text):
                        // As TryReadLeaf takes the JsString the walk makes (valid UTF-8 is well-formed).
                        Count(1 + text.Length);
                        return Result(member.TryString(text, out value));
                }

                break;

            case JsonTokenType.StartObject:
            case JsonTokenType.StartArray:
                return Result(TryReadContainer(ref reader, member, out value));

            // Booleans and null as TryReadLeaf takes the walk's shared values, without asking what they are.
            case JsonTokenType.True or JsonTokenType.False:
                Count(1);
                return Result(member.TryOther(reader.TokenType == JsonTokenType.True ? JsBoolean.True : JsBoolean.False, out value));

            case JsonTokenType.Null:
                Count(1);
                return Result(member.AcceptsNull);
        }

        return Reviver.TryReadScalar(ref reader, out JsValue scalar) ? TryReadLeaf(scalar, member, inObject, out value) : 0;
    }

    /// <summary>A <c>$D</c> date read from its bytes, as <c>ParseDate</c> reads it and <see cref="TryReadLeaf"/> takes the JsDate.</summary>
    private int TryReadDate(ref Utf8JsonReader reader, MemberReader member, out object? value)
    {
        value = null;
        Span<char> chars = stackalloc char[MaxDateTagBytes];
        if (!Reviver.TryReadShortTag(ref reader, chars, out int length))
        {
            return 0; // escaped: the general path's (all of this argument)
        }

        if (!JsDateText.TryParse(chars[2..length], out double time))
        {
            return 0; // the walk refuses it
        }

        Count(1);
        return Result(member.TryDate(time + 0.0, out value)); // + 0.0: -0 becomes +0, as JsDate makes it
    }

    /// <summary>A scalar as the rewrite's <c>TryWriteLeaf</c> takes it: undefined left out of objects, null otherwise.</summary>
    public int TryReadLeaf(JsValue scalar, MemberReader member, bool inObject, out object? value)
    {
        value = null;
        switch (scalar)
        {
            case JsUndefined when inObject:
                return Omitted;
            case JsUndefined or JsNull:
                Count(1);
                return Result(member.AcceptsNull);
            case JsString s:
                Count(1 + s.Value.Length);
                return Result(member.TryString(JsValueJsonWriter.WellFormed(s.Value), out value));
            case JsNumber n:
                Count(1);
                return Result(member.TryNumber(n.Value, out value));
            default:
                Count(1);
                return Result(member.TryOther(scalar, out value));
        }
    }

    /// <summary>The object or array at <paramref name="reader"/>, opened and closed as the walk and the rewrite open and close it.</summary>
    public bool TryReadContainer(ref Utf8JsonReader reader, MemberReader member, out object? value)
    {
        value = null;
        bool isObject = reader.TokenType == JsonTokenType.StartObject;
        Reviver.OpenDirect(ref reader);
        if (!TryOpenCounted())
        {
            return false;
        }

        bool read = isObject ? member.TryObject(ref reader, this, out value) : member.TryArray(ref reader, this, distinct: false, out value);
        _depth--;
        return read;
    }

    private bool TryOpenCounted()
    {
        Count(1);
        if (_depth >= Reviver.Limits.MaxDepth)
        {
            return false;
        }

        RuntimeHelpers.EnsureSufficientExecutionStack();
        _depth++;
        DeepestContainer = Math.Max(DeepestContainer, _depth);
        return true;
    }

    /// <summary><c>$Q</c>, <c>$W</c> or <c>$i</c>: the array in another part, read once, as <c>TryWriteInitializer</c> reads it.</summary>
    private bool TryReadInitializer(ref Utf8JsonReader reader, MemberReader member, char tag, out object? value)
    {
        value = null;
        if (!Reviver.TryReadReference(reader.ValueSpan, tag, out int id) || UsedPart(_initializers, id) || !Reviver.TryEnterPart(id, out Utf8JsonReader part))
        {
            return false;
        }

        (_initializers ??= []).Add(id);
        bool read = Reviver.Read(ref part) && part.TokenType == JsonTokenType.StartArray && TryOpenCounted();
        if (read)
        {
            Reviver.OpenDirect(ref part);
            read = tag == ReplyTags.Map ? member.TryMap(ref part, this, out value) : member.TryArray(ref part, this, distinct: tag == ReplyTags.Set, out value);
            _depth--;
        }

        Reviver.ExitPart();
        return read && !Reviver.Read(ref part); // nothing may follow the array
    }

    /// <summary>Bytes of a file part, each part used once, as <c>TryWriteBytes</c> takes them.</summary>
    private bool TryReadBytes(ref Utf8JsonReader reader, out ReadOnlyMemory<byte> bytes)
    {
        char tag = (char)reader.ValueSpan[1];
        if (!Reviver.TryReadReference(reader.ValueSpan, tag, out int id) || UsedPart(_binaryParts, id) || !Reviver.TryGetFile(id, out bytes))
        {
            bytes = default;
            return false;
        }

        (_binaryParts ??= []).Add(id);
        Reviver.Budget.Add(1);
        Count(1 + (long)bytes.Length);
        return true;
    }

    /// <summary>A Set's scalar items must be distinct (SameValueZero), at most <see cref="MaxDistinctItems"/> of them, as the rewrite requires.</summary>
    public bool AddDistinct(ref List<JsValue>? seen, JsValue item)
    {
        seen ??= _distinct is { Count: > 0 } ? _distinct.Pop() : [];
        if (seen.Count >= MaxDistinctItems || Contains(seen, item))
        {
            return false;
        }

        seen.Add(item);
        return true;
    }

    /// <summary>Gives back the list of <see cref="AddDistinct"/>.</summary>
    public void ReturnDistinct(List<JsValue>? seen)
    {
        if (seen is not null)
        {
            seen.Clear();
            (_distinct ??= new()).Push(seen);
        }
    }

    private static int Result(bool read) => read ? 1 : 0;

    private Stack<List<JsValue>>? _distinct;
}
