using System.Collections.Generic;
using System.Security.Cryptography;
using System.Text;

namespace UseServer.Generator.Parsing;

/// <summary>
/// Derives a server function's ID from its signature, identically on every machine and build: the
/// readable <c>Namespace.Type.Method</c> (ASCII, at most 200 characters) plus <c>#</c> and the first 12 hex digits of SHA-256 over
/// a canonical signature (version tag, type, method, client parameter types). Injected parameters and
/// nullable annotations are not part of it: they do not change what the client sends.
/// </summary>
internal static class StableId
{
    private const string Version = "useserver-id-v1";

    public static string Derive(string containingType, string methodName, IEnumerable<string> clientParameterTypes)
    {
        var canonical = Canonical(containingType, methodName, clientParameterTypes);
        using var sha = SHA256.Create();
        var hash = sha.ComputeHash(Encoding.UTF8.GetBytes(canonical));
        var hex = new StringBuilder(ReadablePrefixLength + 14);
        hex.Append(Readable(containingType + "." + methodName)).Append('#');
        for (var i = 0; i < 6; i++)
        {
            hex.Append(hash[i].ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
        }

        return hex.ToString();
    }

    // The readable part is for people reading logs; the hash carries the identity. It is kept to ASCII
    // letters, digits, '_' and '.' (C# names may use any Unicode letter; the host accepts printable ASCII
    // only) and cut short so the whole ID stays within the host's 256 characters.
    private const int ReadablePrefixLength = 200;

    private static string Readable(string name)
    {
        var text = new StringBuilder(System.Math.Min(name.Length, ReadablePrefixLength));
        foreach (var c in name)
        {
            if (text.Length == ReadablePrefixLength)
            {
                break;
            }

            text.Append(c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_' or '.' ? c : '_');
        }

        return text.ToString();
    }

    /// <summary>The text that is hashed, e.g. <c>useserver-id-v1|App.Notes|Create|System.String,System.Int32</c>.</summary>
    public static string Canonical(string containingType, string methodName, IEnumerable<string> clientParameterTypes) =>
        Version + "|" + containingType + "|" + methodName + "|" + string.Join(",", clientParameterTypes);
}
