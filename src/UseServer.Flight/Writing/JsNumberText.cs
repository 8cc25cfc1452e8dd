using System.Globalization;

namespace UseServer.Flight.Writing;

/// <summary>
/// Formats a finite double exactly as JavaScript's <c>Number.prototype.toString()</c> (ECMA-262
/// Number::toString): the shortest round-trip digits, plain notation for exponents −7 &lt; n ≤ 21, otherwise
/// <c>d.ddde±x</c>. Hand-written because .NET's "R" switches to exponent form at 1e15 and writes <c>E+15</c>.
/// </summary>
internal static class JsNumberText
{
    /// <summary>The longest text: sign, 17 digits, point, <c>e-324</c>, with room to spare.</summary>
    public const int MaxLength = 32;

    private const double MaxSafeInteger = 9007199254740991;

    /// <summary>Writes <paramref name="value"/> (finite; callers tag NaN, the infinities and −0) and returns the byte count.</summary>
    public static int Format(double value, Span<byte> destination)
    {
        if (Math.Abs(value) <= MaxSafeInteger && Math.Truncate(value) == value)
        {
            ((long)value).TryFormat(destination, out int written, default, CultureInfo.InvariantCulture);
            return written;
        }

        // .NET's round-trip text without an exponent (from 1e-5 to below 1e15) is already JavaScript's: the same
        // shortest digits, and JavaScript writes that whole range plainly too (issue #13: no split and reassembly).
        if (value.TryFormat(destination, out int plain, "R", CultureInfo.InvariantCulture) && !destination[..plain].Contains((byte)'E'))
        {
            return plain;
        }

        return FormatGeneral(value, destination);
    }

    /// <summary>Any finite double, from the digits of its round-trip text (the exponent forms, and the reference the fast paths are tested against).</summary>
    internal static int FormatGeneral(double value, Span<byte> destination)
    {
        Span<char> text = stackalloc char[MaxLength];
        value.TryFormat(text, out int length, "R", CultureInfo.InvariantCulture);
        text = text[..length];

        // Split the round-trip text into sign, significant digits and the decimal point position.
        Span<byte> digits = stackalloc byte[MaxLength];
        int count = 0, pointPosition = -1, exponent = 0, pos = 0;
        bool negative = text[0] == '-';
        if (negative)
        {
            pos = 1;
        }

        for (; pos < text.Length; pos++)
        {
            char c = text[pos];
            if (c == '.')
            {
                pointPosition = count;
            }
            else if (c is 'E' or 'e')
            {
                exponent = int.Parse(text[(pos + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
                break;
            }
            else
            {
                digits[count++] = (byte)c;
            }
        }

        int n = (pointPosition < 0 ? count : pointPosition) + exponent; // value = 0.d1d2… × 10^n
        int start = 0;
        while (start < count - 1 && digits[start] == '0')
        {
            start++;
            n--;
        }

        while (count - 1 > start && digits[count - 1] == '0')
        {
            count--;
        }

        ReadOnlySpan<byte> d = digits[start..count];
        int k = d.Length, w = 0;
        if (negative)
        {
            destination[w++] = (byte)'-';
        }

        if (k <= n && n <= 21)
        {
            d.CopyTo(destination[w..]);
            w += k;
            destination.Slice(w, n - k).Fill((byte)'0');
            w += n - k;
        }
        else if (0 < n && n <= 21)
        {
            d[..n].CopyTo(destination[w..]);
            w += n;
            destination[w++] = (byte)'.';
            d[n..].CopyTo(destination[w..]);
            w += k - n;
        }
        else if (-6 < n && n <= 0)
        {
            destination[w++] = (byte)'0';
            destination[w++] = (byte)'.';
            destination.Slice(w, -n).Fill((byte)'0');
            w += -n;
            d.CopyTo(destination[w..]);
            w += k;
        }
        else
        {
            destination[w++] = d[0];
            if (k > 1)
            {
                destination[w++] = (byte)'.';
                d[1..].CopyTo(destination[w..]);
                w += k - 1;
            }

            destination[w++] = (byte)'e';
            destination[w++] = n - 1 < 0 ? (byte)'-' : (byte)'+';
            Math.Abs(n - 1).TryFormat(destination[w..], out int e, default, CultureInfo.InvariantCulture);
            w += e;
        }

        return w;
    }
}
