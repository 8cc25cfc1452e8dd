using System.Numerics;
using UseServer.Flight.Values;

namespace UseServer.Flight.Binding;

/// <summary>
/// Any integer type, from a JavaScript number that is a safe integer (|n| ≤ 2^53−1, so no precision was lost
/// on the client) or from a bigint, in either case only when the value fits <typeparamref name="T"/>.
/// Fractions, NaN, infinities and overflow are refused rather than rounded or wrapped.
/// </summary>
internal sealed class IntegerConverter<T> : ReplyConverter<T>
    where T : IBinaryInteger<T>
{
    private const double MaxSafeInteger = 9007199254740991; // Number.MAX_SAFE_INTEGER

    public static readonly IntegerConverter<T> Instance = new();

    public override T Convert(JsValue value, ReplyBindingContext context)
    {
        switch (value)
        {
            // A number: only whole, safe and in range (-0 is 0).
            case JsNumber n when double.IsInteger(n.Value) && Math.Abs(n.Value) <= MaxSafeInteger:
                return Checked((long)n.Value);

            // Whole but beyond 2^53: the client has already rounded it.
            case JsNumber n when double.IsInteger(n.Value):
                throw BindingErrors.Invalid($"{n.Value:R} is not a safe integer; send a bigint for {typeof(T).Name}.");

            case JsNumber:
                throw BindingErrors.Invalid($"Expected an integer for {typeof(T).Name}, got a fraction, NaN or Infinity.");

            // A bigint: exact, only range can fail.
            case JsBigInt b:
                return Checked(b.Value);

            default:
                throw BindingErrors.Mismatch("an integer", value);
        }
    }

    private static T Checked<TFrom>(TFrom source)
        where TFrom : INumberBase<TFrom>
    {
        try
        {
            return T.CreateChecked(source);
        }
        catch (OverflowException e)
        {
            throw BindingErrors.Invalid($"The integer is out of range for {typeof(T).Name}.", e);
        }
    }
}
