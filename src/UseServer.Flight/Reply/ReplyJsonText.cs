using System.Text;

namespace UseServer.Flight.Reply;

/// <summary>
/// Unescapes a JSON string token that may hold lone surrogates. JavaScript strings are UTF-16 and may be
/// ill-formed; <c>JSON.stringify</c> writes an unpaired surrogate as <c>\udXXX</c> and .NET strings can hold it,
/// so a string the client sent round-trips exactly. <see cref="System.Text.Json.Utf8JsonReader.GetString"/>
/// refuses such escapes, hence this small hand-written unescaper. The raw bytes between escapes must still be
/// strict UTF-8 (a strict wire format).
/// </summary>
internal static class ReplyJsonText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Unescapes the raw bytes of a string token that <see cref="System.Text.Json.Utf8JsonReader"/> already tokenized.</summary>
    /// <exception cref="ReplyDecodeException">Invalid UTF-8 or a malformed escape.</exception>
    public static string Unescape(ReadOnlySpan<byte> raw)
    {
        var text = new StringBuilder(raw.Length);
        try
        {
            while (!raw.IsEmpty)
            {
                int backslash = raw.IndexOf((byte)'\\');
                ReadOnlySpan<byte> run = backslash < 0 ? raw : raw[..backslash];
                if (!run.IsEmpty)
                {
                    text.Append(StrictUtf8.GetString(run));
                }

                if (backslash < 0)
                {
                    break;
                }

                raw = raw[backslash..];
                if (raw.Length < 2)
                {
                    throw Malformed();
                }

                switch (raw[1])
                {
                    case (byte)'"': text.Append('"'); break;      // \"
                    case (byte)'\\': text.Append('\\'); break;    // \\
                    case (byte)'/': text.Append('/'); break;      // \/
                    case (byte)'b': text.Append('\b'); break;     // \b
                    case (byte)'f': text.Append('\f'); break;     // \f
                    case (byte)'n': text.Append('\n'); break;     // \n
                    case (byte)'r': text.Append('\r'); break;     // \r
                    case (byte)'t': text.Append('\t'); break;     // \t
                    case (byte)'u':                                // \uXXXX: any UTF-16 unit, paired or not
                        if (raw.Length < 6)
                        {
                            throw Malformed();
                        }

                        text.Append((char)(Hex(raw[2]) << 12 | Hex(raw[3]) << 8 | Hex(raw[4]) << 4 | Hex(raw[5])));
                        raw = raw[6..];
                        continue;
                    default:
                        throw Malformed();
                }

                raw = raw[2..];
            }
        }
        catch (DecoderFallbackException e)
        {
            throw new ReplyDecodeException(ReplyErrorCode.Malformed, "A part holds text that is not valid UTF-8.", e);
        }

        return text.ToString();
    }

    private static int Hex(byte c) => c switch
    {
        >= (byte)'0' and <= (byte)'9' => c - '0',
        >= (byte)'a' and <= (byte)'f' => c - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => c - 'A' + 10,
        _ => throw Malformed(),
    };

    private static ReplyDecodeException Malformed() => new(ReplyErrorCode.Malformed, "A string holds a malformed escape.");
}
