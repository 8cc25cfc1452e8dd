using System.ComponentModel;
using System.Text.Json;
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

    /// <summary>
    /// Binds the value at <paramref name="reader"/> straight from the reply's tokens (no value model), leaving the reader on
    /// the value's last token. <see langword="false"/>, or any exception, means "not on the fast path": the caller decodes
    /// the body into the value model and binds from that instead, which decides every failure (DirectArgumentReader).
    /// </summary>
    internal abstract bool TryReadBoxed(ref Utf8JsonReader reader, DirectArgumentReader direct, out object? value);
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

    /// <summary>
    /// Binds the value at <paramref name="reader"/> straight from tokens. This default takes scalars (numbers, strings,
    /// booleans, null and the scalar tags) through <see cref="Convert"/>, exactly as the value model would hand them
    /// over; containers and references stay on the value model unless a converter overrides this.
    /// </summary>
    internal virtual bool TryRead(ref Utf8JsonReader reader, DirectArgumentReader direct, out T value)
    {
        if (direct.Reviver.TryReadScalar(ref reader, out JsValue scalar))
        {
            value = Convert(scalar, direct.Context);
            return true;
        }

        value = default!;
        return false;
    }

    internal sealed override bool TryReadBoxed(ref Utf8JsonReader reader, DirectArgumentReader direct, out object? value)
    {
        bool read = TryRead(ref reader, direct, out T typed);
        value = typed;
        return read;
    }
}
