using UseServer.Flight.Values;

namespace UseServer.Flight.Reply;

/// <summary>Number values, with the small integers and the special values shared so that arrays of numbers do not allocate per item.</summary>
internal static class ReplyNumbers
{
    private const int CachedMin = -128;
    private const int CachedMax = 1023;

    private static readonly JsNumber[] Small = CreateSmall();

    public static readonly JsNumber NaN = new(double.NaN);
    public static readonly JsNumber PositiveInfinity = new(double.PositiveInfinity);
    public static readonly JsNumber NegativeInfinity = new(double.NegativeInfinity);
    public static readonly JsNumber NegativeZero = new(-0.0);

    /// <summary>A number value for <paramref name="value"/> (keeps <c>-0</c> distinct).</summary>
    public static JsNumber From(double value)
    {
        if (value is >= CachedMin and <= CachedMax && Math.Truncate(value) == value)
        {
            if (value == 0 && double.IsNegative(value))
            {
                return NegativeZero;
            }

            return Small[(int)value - CachedMin];
        }

        return new JsNumber(value);
    }

    private static JsNumber[] CreateSmall()
    {
        var numbers = new JsNumber[CachedMax - CachedMin + 1];
        for (int i = 0; i < numbers.Length; i++)
        {
            numbers[i] = new JsNumber(i + CachedMin);
        }

        return numbers;
    }
}
