using System.Globalization;

namespace UseServer.Flight.Values;

/// <summary>
/// Formats and parses the exact text <c>Date.prototype.toISOString</c> produces. Hand-written because
/// JavaScript's range (years −271821…275760, written as ±YYYYYY) is wider than <see cref="DateTime"/>'s.
/// </summary>
internal static class JsDateText
{
    private const long MsPerDay = 86_400_000;

    public static string Format(double time)
    {
        long ms = (long)time;
        long days = FloorDiv(ms, MsPerDay);
        long msOfDay = ms - (days * MsPerDay);
        var (year, month, day) = CivilFromDays(days);
        string yearText = year is >= 0 and <= 9999
            ? year.ToString("D4", CultureInfo.InvariantCulture)
            : (year < 0 ? "-" : "+") + Math.Abs(year).ToString("D6", CultureInfo.InvariantCulture);
        return string.Create(CultureInfo.InvariantCulture,
            $"{yearText}-{month:D2}-{day:D2}T{msOfDay / 3_600_000:D2}:{msOfDay / 60_000 % 60:D2}:{msOfDay / 1000 % 60:D2}.{msOfDay % 1000:D3}Z");
    }

    /// <summary>
    /// Parses exactly the <c>toISOString</c> shape (<c>YYYY-MM-DDTHH:mm:ss.sssZ</c> or the ±YYYYYY form).
    /// Anything else, including out-of-range fields and times beyond ±8.64e15 ms, is rejected (a strict wire format).
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> text, out double time)
    {
        time = double.NaN;
        int pos = 0;
        long year;
        if (text.Length > 0 && (text[0] == '+' || text[0] == '-'))
        {
            if (!TryDigits(text, 1, 6, out year))
            {
                return false;
            }

            if (text[0] == '-')
            {
                if (year == 0)
                {
                    return false; // -000000 is not allowed by ECMA-262
                }

                year = -year;
            }

            pos = 7;
        }
        else
        {
            if (!TryDigits(text, 0, 4, out year))
            {
                return false;
            }

            pos = 4;
        }

        // -MM-DDTHH:mm:ss.sssZ is exactly 20 more characters.
        if (text.Length != pos + 20 || text[pos] != '-' || text[pos + 3] != '-' || text[pos + 6] != 'T' ||
            text[pos + 9] != ':' || text[pos + 12] != ':' || text[pos + 15] != '.' || text[pos + 19] != 'Z' ||
            !TryDigits(text, pos + 1, 2, out long month) || !TryDigits(text, pos + 4, 2, out long day) ||
            !TryDigits(text, pos + 7, 2, out long hour) || !TryDigits(text, pos + 10, 2, out long minute) ||
            !TryDigits(text, pos + 13, 2, out long second) || !TryDigits(text, pos + 16, 3, out long milli))
        {
            return false;
        }

        if (month is < 1 or > 12 || day < 1 || day > DaysInMonth(year, (int)month) || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        double value = (DaysFromCivil(year, (int)month, (int)day) * (double)MsPerDay) + (hour * 3_600_000) + (minute * 60_000) + (second * 1000) + milli;
        if (Math.Abs(value) > JsDate.MaxTime)
        {
            return false;
        }

        time = value;
        return true;
    }

    private static bool TryDigits(ReadOnlySpan<char> text, int start, int count, out long value)
    {
        value = 0;
        if (start + count > text.Length)
        {
            return false;
        }

        for (int i = start; i < start + count; i++)
        {
            char c = text[i];
            if (c is < '0' or > '9')
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }

    private static long FloorDiv(long a, long b) => (a / b) - ((a % b != 0 && (a < 0) != (b < 0)) ? 1 : 0);

    private static int DaysInMonth(long year, int month) => month switch
    {
        2 => (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28,
        4 or 6 or 9 or 11 => 30,
        _ => 31,
    };

    // Howard Hinnant's days_from_civil / civil_from_days: exact for the proleptic Gregorian calendar.
    private static long DaysFromCivil(long y, int m, int d)
    {
        y -= m <= 2 ? 1 : 0;
        long era = FloorDiv(y, 400);
        long yoe = y - (era * 400);
        long doy = ((153 * (m + (m > 2 ? -3 : 9))) + 2) / 5 + d - 1;
        long doe = (yoe * 365) + (yoe / 4) - (yoe / 100) + doy;
        return (era * 146097) + doe - 719468;
    }

    private static (long Year, int Month, int Day) CivilFromDays(long z)
    {
        z += 719468;
        long era = FloorDiv(z, 146097);
        long doe = z - (era * 146097);
        long yoe = (doe - (doe / 1460) + (doe / 36524) - (doe / 146096)) / 365;
        long y = yoe + (era * 400);
        long doy = doe - ((365 * yoe) + (yoe / 4) - (yoe / 100));
        long mp = ((5 * doy) + 2) / 153;
        int d = (int)(doy - (((153 * mp) + 2) / 5) + 1);
        int m = (int)(mp < 10 ? mp + 3 : mp - 9);
        return (m <= 2 ? y + 1 : y, m, d);
    }
}
