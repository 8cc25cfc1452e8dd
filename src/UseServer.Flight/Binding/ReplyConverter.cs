using System.ComponentModel;
using UseServer.Flight.Values;

namespace UseServer.Flight.Binding;

/// <summary>
/// Binds a decoded value to a CLR type: the type-directed half of the reply decoder. Generated
/// server-function code composes converters from <c>ReplyConverters</c>; applications do not use this directly.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public abstract class ReplyConverter
{
    private protected ReplyConverter()
    {
    }

    /// <summary>The CLR type this converter produces.</summary>
    public abstract Type Type { get; }

    /// <summary>Converts <paramref name="value"/>, boxed.</summary>
    /// <exception cref="Reply.ReplyDecodeException">With <see cref="Reply.ReplyErrorCode.InvalidArguments"/> when the value does not fit.</exception>
    public abstract object? ConvertBoxed(JsValue value, ReplyBindingContext context);

    /// <summary>Converts the argument at <paramref name="index"/>, boxed; a failure's path starts with <c>[index]</c>.</summary>
    /// <exception cref="Reply.ReplyDecodeException">With <see cref="Reply.ReplyErrorCode.InvalidArguments"/> when the value does not fit.</exception>
    public object? ConvertArgument(JsValue value, ReplyBindingContext context, int index)
    {
        try
        {
            return ConvertBoxed(value, context);
        }
        catch (Reply.ReplyDecodeException e)
        {
            throw BindingErrors.Prepend(e, BindingErrors.Index(index));
        }
    }
}

/// <summary>Binds a decoded value to <typeparamref name="T"/>.</summary>
/// <typeparam name="T">The CLR type produced.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public abstract class ReplyConverter<T> : ReplyConverter
{
    /// <inheritdoc/>
    public sealed override Type Type => typeof(T);

    /// <summary>Converts <paramref name="value"/>.</summary>
    /// <exception cref="Reply.ReplyDecodeException">With <see cref="Reply.ReplyErrorCode.InvalidArguments"/> when the value does not fit.</exception>
    public abstract T Convert(JsValue value, ReplyBindingContext context);

    /// <inheritdoc/>
    public sealed override object? ConvertBoxed(JsValue value, ReplyBindingContext context) => Convert(value, context);
}
