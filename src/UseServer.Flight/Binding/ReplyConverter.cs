using UseServer.Flight.Values;

namespace UseServer.Flight.Binding;

/// <summary>Binds a decoded value to a CLR type: the type-directed half of the reply decoder.</summary>
internal abstract class ReplyConverter
{
    /// <summary>The CLR type this converter produces.</summary>
    public abstract Type Type { get; }

    /// <summary>Converts <paramref name="value"/>, boxed.</summary>
    /// <exception cref="Reply.ReplyDecodeException">With <see cref="Reply.ReplyErrorCode.InvalidArguments"/> when the value does not fit.</exception>
    public abstract object? ConvertBoxed(JsValue value, ReplyBindingContext context);
}

/// <summary>Binds a decoded value to <typeparamref name="T"/>.</summary>
internal abstract class ReplyConverter<T> : ReplyConverter
{
    /// <inheritdoc/>
    public sealed override Type Type => typeof(T);

    /// <summary>Converts <paramref name="value"/>.</summary>
    public abstract T Convert(JsValue value, ReplyBindingContext context);

    /// <inheritdoc/>
    public sealed override object? ConvertBoxed(JsValue value, ReplyBindingContext context) => Convert(value, context);
}
