using UseServer.Flight.Values;

namespace UseServer.Flight.Binding;

/// <summary><see cref="bool"/> from a JavaScript boolean only: no truthiness.</summary>
internal sealed class BooleanConverter : ReplyConverter<bool>
{
    public static readonly BooleanConverter Instance = new();

    public override bool Convert(JsValue value, ReplyBindingContext context) =>
        value is JsBoolean b ? b.Value : throw BindingErrors.Mismatch("a boolean", value);
}

/// <summary><see cref="string"/> from a JavaScript string only: numbers are not turned into text.</summary>
internal sealed class StringConverter : ReplyConverter<string>
{
    public static readonly StringConverter Instance = new();

    public override string Convert(JsValue value, ReplyBindingContext context) =>
        value is JsString s ? s.Value : throw BindingErrors.Mismatch("a string", value);
}

/// <summary><see cref="char"/> from a string of exactly one UTF-16 code unit.</summary>
internal sealed class CharConverter : ReplyConverter<char>
{
    public static readonly CharConverter Instance = new();

    public override char Convert(JsValue value, ReplyBindingContext context) => value switch
    {
        JsString { Value.Length: 1 } s => s.Value[0],
        JsString => throw BindingErrors.Invalid("Expected a string of exactly one UTF-16 code unit."),
        _ => throw BindingErrors.Mismatch("a one-character string", value),
    };
}
