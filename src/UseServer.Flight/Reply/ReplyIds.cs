using System.Globalization;

namespace UseServer.Flight.Reply;

/// <summary>
/// Part ids: references in JSON use lowercase hex (<c>$a</c> is part 10), part names use decimal
/// (<c>"10"</c>, <c>"_10_name"</c>, <c>"S10"</c>). Only canonical spellings are accepted.
/// </summary>
internal static class ReplyIds
{
    /// <summary>Longest hex id accepted: 7 digits keeps every id below <see cref="int.MaxValue"/>.</summary>
    private const int MaxHexDigits = 7;

    /// <summary>Longest decimal id in a part name.</summary>
    private const int MaxDecimalDigits = 9;

    /// <summary>Parses a reference id written in lowercase hex (no sign, no prefix, at most 7 digits).</summary>
    public static bool TryParseHex(ReadOnlySpan<char> text, out int id)
    {
        id = 0;
        if (text.IsEmpty || text.Length > MaxHexDigits)
        {
            return false;
        }

        foreach (char c in text)
        {
            int digit = c switch
            {
                >= '0' and <= '9' => c - '0',
                >= 'a' and <= 'f' => c - 'a' + 10,
                _ => -1,
            };
            if (digit < 0)
            {
                return false;
            }

            id = (id << 4) | digit;
        }

        return true;
    }

    /// <summary>Parses a canonical non-negative decimal (no sign, no leading zeros) as used in part names.</summary>
    public static bool TryParseDecimal(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        if (text.IsEmpty || text.Length > MaxDecimalDigits || (text[0] == '0' && text.Length > 1))
        {
            return false;
        }

        foreach (char c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }

    /// <summary>The name of model part <paramref name="id"/>: prefix + decimal id.</summary>
    public static string PartName(string prefix, int id) => prefix + id.ToString(CultureInfo.InvariantCulture);

    /// <summary>The hex form of <paramref name="id"/> used in references and temporary-reference paths.</summary>
    public static string Hex(int id) => id.ToString("x", CultureInfo.InvariantCulture);
}
