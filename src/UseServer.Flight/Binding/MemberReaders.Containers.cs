using System.Collections;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Json;
using UseServer.Flight.Values;

namespace UseServer.Flight.Binding;

/// <content>
/// Containers inside records: lists, arrays and string-keyed dictionaries (from JSON arrays and objects, Sets, iterators
/// and Maps), and the reader that only checks what System.Text.Json would skip (a property no member takes).
/// </content>
internal static partial class MemberReaders
{
    /// <summary>Reads array items (a JSON array, a Set's or an iterator's) with <paramref name="item"/>, as the rewrite's item loops read them.</summary>
    public static bool TryReadItems(ref Utf8JsonReader reader, DirectArgumentReader direct, MemberReader item, bool distinct, IList? into)
    {
        List<JsValue>? seen = null;
        try
        {
            return TryReadItems(ref reader, direct, item, distinct, into, ref seen);
        }
        finally
        {
            direct.ReturnDistinct(seen);
        }
    }

    private static bool TryReadItems(ref Utf8JsonReader reader, DirectArgumentReader direct, MemberReader item, bool distinct, IList? into, ref List<JsValue>? seen)
    {
        while (direct.Reviver.Read(ref reader) && reader.TokenType != JsonTokenType.EndArray)
        {
            int read;
            object? value = null;
            if (distinct && reader.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray))
            {
                // A Set's scalar items are read as values, compared, then taken (containers are always distinct).
                read = direct.Reviver.TryReadScalar(ref reader, out JsValue scalar) && direct.AddDistinct(ref seen, scalar)
                    ? direct.TryReadLeaf(scalar, item, inObject: false, out value)
                    : 0;
            }
            else
            {
                read = direct.TryReadMember(ref reader, item, inObject: false, out value);
            }

            if (read != 1)
            {
                return false;
            }

            into?.Add(value);
        }

        return reader.TokenType == JsonTokenType.EndArray;
    }

    /// <summary>
    /// Reads a JSON object's properties: <paramref name="take"/> gets each key (never <c>__proto__</c>, which the walk deletes
    /// unread) with the reader on its value and says whether it read it; a repeated key is the caller's to refuse.
    /// </summary>
    public static bool TryReadProperties<TTaker>(ref Utf8JsonReader reader, DirectArgumentReader direct, scoped ref TTaker take)
        where TTaker : IPropertyTaker, allows ref struct
    {
        while (direct.Reviver.Read(ref reader) && reader.TokenType != JsonTokenType.EndObject)
        {
            if (reader.TokenType != JsonTokenType.PropertyName)
            {
                return false;
            }

            // A key that is a member's name byte for byte needs no string: the common case (issue #13).
            int member = reader.ValueIsEscaped ? -1 : take.Match(reader.ValueSpan);
            if (member >= 0)
            {
                if (!direct.Reviver.Read(ref reader) || !take.TakeMatched(ref reader, member))
                {
                    return false;
                }

                continue;
            }

            string name = direct.Reviver.ReadPropertyName(ref reader);
            if (name == "__proto__")
            {
                reader.Skip();
                continue;
            }

            if (!direct.Reviver.Read(ref reader) || !take.Take(ref reader, name))
            {
                return false;
            }
        }

        return reader.TokenType == JsonTokenType.EndObject;
    }

    /// <summary>Reads a Map's <c>[key, value]</c> pairs (string keys only), as the rewrite's <c>TryWriteMapEntries</c> reads them.</summary>
    public static bool TryReadEntries<TTaker>(ref Utf8JsonReader reader, DirectArgumentReader direct, scoped ref TTaker take)
        where TTaker : IPropertyTaker, allows ref struct
    {
        while (direct.Reviver.Read(ref reader) && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.StartArray)
            {
                return false;
            }

            direct.Reviver.OpenDirect(ref reader);
            if (!direct.Reviver.Read(ref reader) || !TryReadMapKey(ref reader, direct, out string? name) ||
                !direct.Reviver.Read(ref reader) || reader.TokenType is JsonTokenType.EndArray || !take.Take(ref reader, name) ||
                !direct.Reviver.Read(ref reader) || reader.TokenType != JsonTokenType.EndArray)
            {
                return false;
            }
        }

        return reader.TokenType == JsonTokenType.EndArray;
    }

    /// <summary>A Map key, a string only, read and counted as the walk reads it: a plain one straight from its bytes (no JsString).</summary>
    private static bool TryReadMapKey(ref Utf8JsonReader reader, DirectArgumentReader direct, [NotNullWhen(true)] out string? name)
    {
        if (reader.TokenType == JsonTokenType.String && direct.Reviver.TryReadPlainUtf8(ref reader, out ReadOnlySpan<byte> utf8))
        {
            name = Encoding.UTF8.GetString(utf8);
            return true;
        }

        name = direct.Reviver.TryReadScalar(ref reader, out JsValue key) && key is JsString text ? text.Value : null;
        return name is not null;
    }

    /// <summary>Takes the properties of one object (or the entries of one Map) as they are read.</summary>
    public interface IPropertyTaker
    {
        /// <summary>
        /// The member whose name is exactly <paramref name="utf8"/> (a key's raw, unescaped, valid UTF-8), or -1 to read the
        /// key as a string for <see cref="Take"/>. A match is never <c>__proto__</c> and always a well-formed name.
        /// </summary>
        int Match(ReadOnlySpan<byte> utf8);

        /// <summary>Reads the value of the member <see cref="Match"/> found, at <paramref name="reader"/>; <see langword="false"/> declines.</summary>
        bool TakeMatched(ref Utf8JsonReader reader, int member);

        /// <summary>Reads the value of property <paramref name="name"/> at <paramref name="reader"/>; <see langword="false"/> declines.</summary>
        bool Take(ref Utf8JsonReader reader, string name);
    }

    /// <summary>Reads a property's value with <paramref name="reader"/> (<see cref="DirectArgumentReader.TryReadMember"/>), its key well-formed when it is written.</summary>
    public static int TryReadProperty(ref Utf8JsonReader json, DirectArgumentReader direct, MemberReader reader, string name, out object? value)
    {
        int read = direct.TryReadMember(ref json, reader, inObject: true, out value);
        if (read == 1)
        {
            _ = JsValueJsonWriter.WellFormed(name); // the rewrite writes the key, which refuses a lone surrogate
        }

        return read;
    }

    /// <summary><c>List&lt;T&gt;</c> or <c>T[]</c>: from a JSON array, a Set or an iterator.</summary>
    public sealed class SequenceReader(Func<object> create, Func<IList, object>? toArray, MemberReader item) : MemberReader
    {
        public override bool AcceptsNull => true;

        public override bool TryArray(ref Utf8JsonReader reader, DirectArgumentReader direct, bool distinct, out object? value)
        {
            var list = (IList)create();
            if (!TryReadItems(ref reader, direct, item, distinct, list))
            {
                return Decline(out value);
            }

            return Take(toArray is null ? list : toArray(list), out value);
        }
    }

    /// <summary><c>Dictionary&lt;string, T&gt;</c>: from a JSON object or a Map with string keys, each key once.</summary>
    public sealed class DictionaryReader(Func<object> create, MemberReader item) : MemberReader
    {
        public override bool AcceptsNull => true;

        public override bool TryObject(ref Utf8JsonReader reader, DirectArgumentReader direct, out object? value) =>
            TryRead(ref reader, direct, map: false, out value);

        public override bool TryMap(ref Utf8JsonReader reader, DirectArgumentReader direct, out object? value) =>
            TryRead(ref reader, direct, map: true, out value);

        private bool TryRead(ref Utf8JsonReader reader, DirectArgumentReader direct, bool map, out object? value)
        {
            var taker = new EntryTaker(direct, item, (IDictionary)create());
            bool read = map ? TryReadEntries(ref reader, direct, ref taker) : TryReadProperties(ref reader, direct, ref taker);
            value = taker.Dictionary;
            return read;
        }

        private struct EntryTaker(DirectArgumentReader direct, MemberReader item, IDictionary dictionary) : IPropertyTaker
        {
            private List<string>? _omitted;

            public readonly IDictionary Dictionary => dictionary;

            public readonly int Match(ReadOnlySpan<byte> utf8) => -1; // keys are the dictionary's: strings

            public readonly bool TakeMatched(ref Utf8JsonReader reader, int member) => throw new UnreachableException();

            public bool Take(ref Utf8JsonReader reader, string name)
            {
                if (dictionary.Contains(name) || _omitted?.Contains(name) == true)
                {
                    return false; // a repeated key: the walk's to refuse
                }

                switch (TryReadProperty(ref reader, direct, item, name, out object? entry))
                {
                    case 1:
                        dictionary.Add(name, entry);
                        return true;
                    case DirectArgumentReader.Omitted:
                        (_omitted ??= []).Add(name);
                        return true;
                    default:
                        return false;
                }
            }
        }
    }

    /// <summary>Any value the rewrite writes, checked and counted as it checks and counts it, then dropped (System.Text.Json skips it).</summary>
    public sealed class SkipReader : MemberReader
    {
        public static readonly SkipReader Instance = new();

        public override bool AcceptsNull => true;

        public override bool TryNumber(double number, out object? value) => Take(null, out value);

        public override bool TryString(string text, out object? value) => Take(null, out value);

        public override bool TryPlain(ReadOnlySpan<byte> utf8, out object? value) => Take(null, out value);

        public override bool TryOther(JsValue scalar, out object? value) => Take(null, out value);

        public override bool TryBytes(ReadOnlyMemory<byte> bytes, out object? value) => Take(null, out value);

        public override bool TryArray(ref Utf8JsonReader reader, DirectArgumentReader direct, bool distinct, out object? value) =>
            TryReadItems(ref reader, direct, this, distinct, into: null) ? Take(null, out value) : Decline(out value);

        public override bool TryObject(ref Utf8JsonReader reader, DirectArgumentReader direct, out object? value) =>
            TryKeys(ref reader, direct, map: false, out value);

        public override bool TryMap(ref Utf8JsonReader reader, DirectArgumentReader direct, out object? value) =>
            TryKeys(ref reader, direct, map: true, out value);

        private bool TryKeys(ref Utf8JsonReader reader, DirectArgumentReader direct, bool map, out object? value)
        {
            var taker = new KeyTaker(direct, direct.OpenKeys());
            value = null;
            try
            {
                return map ? TryReadEntries(ref reader, direct, ref taker) : TryReadProperties(ref reader, direct, ref taker);
            }
            finally
            {
                direct.CloseKeys(taker.Start);
            }
        }

        private readonly struct KeyTaker(DirectArgumentReader direct, int start) : IPropertyTaker
        {
            public int Start => start;

            public int Match(ReadOnlySpan<byte> utf8) => -1; // keys are checked for repeats as strings

            public bool TakeMatched(ref Utf8JsonReader reader, int member) => throw new UnreachableException();

            public bool Take(ref Utf8JsonReader reader, string name) =>
                direct.AddKey(start, name) && TryReadProperty(ref reader, direct, Instance, name, out _) != 0;
        }
    }
}
