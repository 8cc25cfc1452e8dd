using System.Globalization;
using UseServer.Flight.Values;

namespace UseServer.Flight.Binding;

/// <summary><see cref="double"/> from any JavaScript number, NaN, the infinities and -0 included.</summary>
internal sealed class DoubleConverter : ReplyConverter<double>
{
    public static readonly DoubleConverter Instance = new();

    public override double Convert(JsValue value, ReplyBindingContext context) =>
        value is JsNumber n ? n.Value : throw BindingErrors.Mismatch("a number", value);
}

/// <summary>
/// <see cref="float"/> from a JavaScript number: NaN, the infinities and -0 carry over, precision is rounded,
/// but a finite number too large for <see cref="float"/> is refused rather than turned into Infinity.
/// </summary>
internal sealed class SingleConverter : ReplyConverter<float>
{
    public static readonly SingleConverter Instance = new();

    public override float Convert(JsValue value, ReplyBindingContext context)
    {
        double d = DoubleConverter.Instance.Convert(value, context);
        float f = (float)d;
        return float.IsInfinity(f) && double.IsFinite(d) ? throw BindingErrors.Invalid("The number is out of range for Single.") : f;
    }
}

/// <summary><see cref="Half"/> from a JavaScript number, by the same rules as <see cref="SingleConverter"/>.</summary>
internal sealed class HalfConverter : ReplyConverter<Half>
{
    public static readonly HalfConverter Instance = new();

    public override Half Convert(JsValue value, ReplyBindingContext context)
    {
        double d = DoubleConverter.Instance.Convert(value, context);
        Half h = (Half)d;
        return Half.IsInfinity(h) && double.IsFinite(d) ? throw BindingErrors.Invalid("The number is out of range for Half.") : h;
    }
}

/// <summary>
/// <see cref="decimal"/> from a finite number, a bigint, or a string in invariant notation (<c>"12.50"</c>,
/// <c>"-1e3"</c>): a string keeps digits a double would lose, which matters for money.
/// </summary>
internal sealed class DecimalConverter : ReplyConverter<decimal>
{
    private const NumberStyles Style = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;

    public static readonly DecimalConverter Instance = new();

    public override decimal Convert(JsValue value, ReplyBindingContext context)
    {
        try
        {
            return value switch
            {
                // A number: finite only; System.Decimal's conversion keeps 15 significant digits.
                JsNumber n when double.IsFinite(n.Value) => (decimal)n.Value,
                JsNumber => throw BindingErrors.Invalid("Expected a finite number for Decimal, got NaN or Infinity."),

                // A bigint: exact within range.
                JsBigInt b => (decimal)b.Value,

                // A string: invariant digits, no thousands separators or currency symbols.
                JsString s => decimal.TryParse(s.Value, Style, CultureInfo.InvariantCulture, out decimal d)
                    ? d
                    : throw BindingErrors.Invalid("Expected a decimal number in the string."),
                _ => throw BindingErrors.Mismatch("a number or a decimal string", value),
            };
        }
        catch (OverflowException e)
        {
            throw BindingErrors.Invalid("The number is out of range for Decimal.", e);
        }
    }
}
