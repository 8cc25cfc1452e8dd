using System.Text;

namespace UseServer.AspNetCore.Diagnostics;

/// <summary>
/// Makes attacker-controlled text safe to log (no information disclosure): control and non-ASCII characters
/// become <c>\uXXXX</c> escapes, so nothing can forge a log line, and the result is truncated.
/// </summary>
internal static class LogText
{
    /// <summary>Longest escaped value logged; longer ones end with an ellipsis.</summary>
    public const int MaxLength = 64;

    public static string Escape(string? value, int maxLength = MaxLength)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        bool clean = value.Length <= maxLength;
        foreach (char c in value)
        {
            clean &= c is >= ' ' and <= '~' and not '\\';
        }

        if (clean)
        {
            return value;
        }

        var builder = new StringBuilder(Math.Min(value.Length, maxLength) + 8);
        foreach (char c in value)
        {
            if (builder.Length >= maxLength)
            {
                return builder.Append('…').ToString();
            }

            if (c is >= ' ' and <= '~' and not '\\')
            {
                builder.Append(c);
            }
            else
            {
                builder.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }
}
