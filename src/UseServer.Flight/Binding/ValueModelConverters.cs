using UseServer.Flight.Values;

namespace UseServer.Flight.Binding;

/// <summary>
/// A <see cref="JsValue"/> parameter: the decoded value as it is, <see cref="JsNull"/> and
/// <see cref="JsUndefined"/> included (never a CLR <see langword="null"/>).
/// </summary>
internal sealed class JsValueConverter : ReplyConverter<JsValue>
{
    public static readonly JsValueConverter Instance = new();

    public override JsValue Convert(JsValue value, ReplyBindingContext context) => value;
}

/// <summary>
/// An <see cref="object"/> parameter: the decoded <see cref="JsValue"/>, but JavaScript <c>null</c> and
/// <c>undefined</c> are refused, as for any non-nullable reference; <c>object?</c> wraps this in
/// <see cref="NullableRefConverter{T}"/> to receive <see langword="null"/> for them.
/// </summary>
internal sealed class ObjectConverter : ReplyConverter<object>
{
    public static readonly ObjectConverter Instance = new();

    public override object Convert(JsValue value, ReplyBindingContext context) =>
        value is JsNull or JsUndefined ? throw BindingErrors.Null("a value") : value;
}

/// <summary>One kind of the value model (<see cref="JsBlob"/>, <see cref="JsFormData"/>, <see cref="JsMap"/>…), as it is.</summary>
internal sealed class JsValueOfConverter<TValue> : ReplyConverter<TValue>
    where TValue : JsValue
{
    private readonly string _expected;

    public JsValueOfConverter(string expected) => _expected = expected;

    public override TValue Convert(JsValue value, ReplyBindingContext context) =>
        value as TValue ?? throw BindingErrors.Mismatch(_expected, value);
}
