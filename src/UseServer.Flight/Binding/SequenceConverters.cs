using System.Text.Json;
using UseServer.Flight.Reply;
using UseServer.Flight.Values;

namespace UseServer.Flight.Binding;

/// <summary>
/// Where sequences come from: an array, a <c>Set</c>, a drained iterator or a typed array's elements are all
/// ordered lists of values, so every sequence type accepts each of them (a TypeScript <c>Iterable&lt;T&gt;</c>).
/// </summary>
internal static class Sequence
{
    public static IReadOnlyList<JsValue> Items(JsValue value) => value switch
    {
        JsArray a => a,
        JsSet s => s,
        JsIterator i => i.Items,
        JsTypedArray t when TypedArrayElements.HasElements(t.ArrayKind) => TypedArrayElements.Read(t),
        _ => throw BindingErrors.Mismatch("an array", value),
    };

    /// <summary>Converts one item, putting <c>[index]</c> in front of the path of a failure.</summary>
    public static T ConvertAt<T>(ReplyConverter<T> converter, JsValue item, ReplyBindingContext context, int index)
    {
        try
        {
            return converter.Convert(item, context);
        }
        catch (ReplyDecodeException e)
        {
            throw BindingErrors.Prepend(e, BindingErrors.Index(index));
        }
    }
}

/// <summary><c>T[]</c>.</summary>
internal sealed class ArrayConverter<T>(ReplyConverter<T> item) : ReplyConverter<T[]>
{
    public override T[] Convert(JsValue value, ReplyBindingContext context)
    {
        var items = Sequence.Items(value);
        var result = new T[items.Count];
        for (int i = 0; i < result.Length; i++)
        {
            result[i] = Sequence.ConvertAt(item, items[i], context, i);
        }

        return result;
    }

    internal override bool TryRead(ref Utf8JsonReader reader, DirectArgumentReader direct, out T[] value)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            return base.TryRead(ref reader, direct, out value);
        }

        var items = new List<T>();
        bool read = direct.TryReadItems(ref reader, item, items);
        value = read ? [.. items] : [];
        return read;
    }
}

/// <summary><see cref="List{T}"/>, also behind <c>IList</c>, <c>IReadOnlyList</c>, <c>ICollection</c>, <c>IReadOnlyCollection</c> and <c>IEnumerable</c>.</summary>
internal sealed class ListConverter<T>(ReplyConverter<T> item) : ReplyConverter<List<T>>
{
    public override List<T> Convert(JsValue value, ReplyBindingContext context)
    {
        var items = Sequence.Items(value);
        var result = new List<T>(items.Count);
        for (int i = 0; i < items.Count; i++)
        {
            result.Add(Sequence.ConvertAt(item, items[i], context, i));
        }

        return result;
    }

    internal override bool TryRead(ref Utf8JsonReader reader, DirectArgumentReader direct, out List<T> value)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            return base.TryRead(ref reader, direct, out value);
        }

        value = [];
        return direct.TryReadItems(ref reader, item, value);
    }
}

/// <summary>
/// <see cref="HashSet{T}"/>, also behind <c>ISet</c> and <c>IReadOnlySet</c>. Items that convert to equal values
/// collapse into one, as they would in any set; nothing is lost that the set could hold.
/// </summary>
internal sealed class HashSetConverter<T>(ReplyConverter<T> item) : ReplyConverter<HashSet<T>>
{
    public override HashSet<T> Convert(JsValue value, ReplyBindingContext context)
    {
        var items = Sequence.Items(value);
        var result = new HashSet<T>(items.Count);
        for (int i = 0; i < items.Count; i++)
        {
            result.Add(Sequence.ConvertAt(item, items[i], context, i));
        }

        return result;
    }

    internal override bool TryRead(ref Utf8JsonReader reader, DirectArgumentReader direct, out HashSet<T> value)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            return base.TryRead(ref reader, direct, out value);
        }

        value = [];
        return direct.TryReadItems(ref reader, item, value);
    }
}
