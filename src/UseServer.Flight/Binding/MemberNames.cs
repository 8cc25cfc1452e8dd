using System.Text;

namespace UseServer.Flight.Binding;

/// <summary>
/// Members' JSON names as UTF-8, so that a key is matched against them byte for byte instead of being made into a string
/// and hashed (issue #13: most keys of a reply are member names). A byte match is exactly an ordinal string match for a
/// key that is not escaped: the reply's parts are valid UTF-8 and a name that is well-formed has one UTF-8 spelling.
/// </summary>
internal static class MemberNames
{
    /// <summary>The strict encoder: a lone surrogate fails instead of becoming U+FFFD.</summary>
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// <paramref name="name"/> as UTF-8, or <see langword="null"/> when no key may match it by bytes: a name with a lone
    /// surrogate (no UTF-8 spells it) and <c>__proto__</c> (the walk deletes that key unread, before any member sees it).
    /// </summary>
    public static byte[]? Utf8(string name)
    {
        if (name == "__proto__")
        {
            return null;
        }

        try
        {
            return Strict.GetBytes(name);
        }
        catch (EncoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>The index of the name equal to <paramref name="key"/>, trying <paramref name="hint"/> first; -1 if none.</summary>
    public static int Match(byte[]?[] names, ReadOnlySpan<byte> key, int hint)
    {
        if ((uint)hint < (uint)names.Length && names[hint] is { } expected && key.SequenceEqual(expected))
        {
            return hint;
        }

        for (int i = 0; i < names.Length; i++)
        {
            if (i != hint && names[i] is { } name && key.SequenceEqual(name))
            {
                return i;
            }
        }

        return -1;
    }
}
