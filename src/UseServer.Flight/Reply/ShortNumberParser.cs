namespace UseServer.Flight.Reply;

/// <summary>
/// The JSON numbers replies mostly hold (ids, counts, scores: an optional minus, at most 19 digits, an optional fraction,
/// no exponent), read without the general parser (issue #13). Exact, not approximate: when the digits form an integer of
/// at most 2^53 and the fraction has at most 22 digits, both the integer and the power of ten are doubles exactly, so
/// one IEEE division rounds the true quotient correctly, which is what <see cref="double.Parse(string)"/> returns
/// (Clinger's fast path). Anything else is declined and goes to the general parser.
/// </summary>
internal static class ShortNumberParser
{
    /// <summary>Integers up to this are doubles exactly.</summary>
    private const ulong MaxExactInteger = 1UL << 53;

    /// <summary>More digits than this might overflow the <see cref="ulong"/> they are gathered in.</summary>
    private const int MaxDigits = 19;

    /// <summary>10^0 … 10^22: the powers of ten that are doubles exactly.</summary>
    private static readonly double[] PowersOfTen =
    [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ];

    /// <summary>The value of the JSON number <paramref name="text"/> when it has the short form; <see langword="false"/> otherwise.</summary>
    public static bool TryParse(ReadOnlySpan<byte> text, out double value)
    {
        value = 0;
        int i = 0;
        bool negative = text.Length > 0 && text[0] == (byte)'-';
        if (negative)
        {
            i = 1;
        }

        ulong integer = 0;
        int digits = 0;
        int fraction = -1; // digits after the point; -1 without one
        for (; i < text.Length; i++)
        {
            uint digit = (uint)(text[i] - '0');
            if (digit <= 9)
            {
                if (++digits > MaxDigits)
                {
                    return false;
                }

                integer = (integer * 10) + digit;
                if (fraction >= 0)
                {
                    fraction++;
                }
            }
            else if (text[i] == (byte)'.' && fraction < 0 && digits > 0)
            {
                fraction = 0;
            }
            else
            {
                return false; // an exponent (or text that is not a JSON number): the general parser's
            }
        }

        if (digits == 0 || fraction == 0 || integer > MaxExactInteger || fraction >= PowersOfTen.Length)
        {
            return false;
        }

        double magnitude = fraction > 0 ? integer / PowersOfTen[fraction] : integer;
        value = negative ? -magnitude : magnitude; // "-0" is -0.0, as double.Parse reads it
        return true;
    }
}
