using System.Text.Json;
using UseServer.Flight.Values;

namespace UseServer.Flight.Binding;

/// <summary><c>T?</c> for a value type: JavaScript <c>null</c> and <c>undefined</c> give <see langword="null"/>, anything else goes to the inner converter.</summary>
internal sealed class NullableValueConverter<T>(ReplyConverter<T> inner) : ReplyConverter<T?>
    where T : struct
{
    public override T? Convert(JsValue value, ReplyBindingContext context) =>
        value is JsNull or JsUndefined ? null : inner.Convert(value, context);

    internal override bool TryRead(ref Utf8JsonReader reader, DirectArgumentReader direct, out T? value)
    {
        if (reader.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray))
        {
            return base.TryRead(ref reader, direct, out value); // scalars, null and undefined through Convert
        }

        bool read = inner.TryRead(ref reader, direct, out T present);
        value = present;
        return read;
    }
}

/// <summary>
/// <c>T?</c> for a reference type: JavaScript <c>null</c> and <c>undefined</c> give <see langword="null"/>. Without
/// this wrapper every converter refuses them, so non-nullable parameters never see <see langword="null"/>.
/// </summary>
internal sealed class NullableRefConverter<T>(ReplyConverter<T> inner) : ReplyConverter<T?>
    where T : class
{
    public override T? Convert(JsValue value, ReplyBindingContext context) =>
        value is JsNull or JsUndefined ? null : inner.Convert(value, context);

    internal override bool TryRead(ref Utf8JsonReader reader, DirectArgumentReader direct, out T? value)
    {
        if (reader.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray))
        {
            return base.TryRead(ref reader, direct, out value);
        }

        bool read = inner.TryRead(ref reader, direct, out T present);
        value = present;
        return read;
    }
}

/// <summary>Presents a converter as producing a base type or interface, such as <c>List&lt;T&gt;</c> as <c>IReadOnlyList&lt;T&gt;</c>.</summary>
internal sealed class CastConverter<TSource, TTarget>(ReplyConverter<TSource> inner) : ReplyConverter<TTarget>
    where TSource : TTarget
{
    public override TTarget Convert(JsValue value, ReplyBindingContext context) => inner.Convert(value, context);

    internal override bool TryRead(ref Utf8JsonReader reader, DirectArgumentReader direct, out TTarget value)
    {
        bool read = inner.TryRead(ref reader, direct, out TSource source);
        value = source;
        return read;
    }
}
