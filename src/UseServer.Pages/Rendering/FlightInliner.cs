using System.Buffers;
using System.IO.Pipelines;
using System.Text;
using System.Text.Unicode;

namespace UseServer.Pages.Rendering;

/// <summary>
/// Writes React's HTML with the page's Flight payload inlined for hydration: each Flight chunk becomes
/// <c>&lt;script&gt;(self.__useserver_f||=[]).push(…)&lt;/script&gt;</c> (a JS string for UTF-8 text, <c>["base64"]</c> for
/// other bytes, <c>null</c> at the end), written only between React's flushes and always before the document's closing
/// <c>&lt;/body&gt;&lt;/html&gt;</c>, which is held back until the payload is complete.
/// </summary>
internal sealed class FlightInliner(PipeWriter html, string? nonce)
{
    private static readonly byte[] s_documentEnd = "</body></html>"u8.ToArray();

    /// <summary>The bytes a JS string literal in a script escapes: controls, its quote <c>'</c>, backslash, <c>&lt;</c>, and E2 (U+2028/U+2029 start with it).</summary>
    private static readonly SearchValues<byte> s_special = SearchValues.Create(Special());

    private readonly List<byte[]> _pendingFlight = [];
    private readonly byte[] _scriptOpen = Encoding.UTF8.GetBytes(
        nonce is null ? "<script>(self.__useserver_f||=[]).push(" : "<script nonce=\"" + System.Net.WebUtility.HtmlEncode(nonce) + "\">(self.__useserver_f||=[]).push(");
    private bool _htmlStarted;
    private bool _heldEnd;

    /// <summary>A Flight chunk for the browser; written after the next HTML.</summary>
    public void AddFlight(ReadOnlySequence<byte> chunk) => _pendingFlight.Add(chunk.ToArray());

    /// <summary>A batch of React's HTML (whole flushes); pending Flight chunks follow it.</summary>
    public void WriteHtml(ReadOnlySpan<byte> bytes)
    {
        if (bytes.EndsWith(s_documentEnd))
        {
            bytes = bytes[..^s_documentEnd.Length];
            _heldEnd = true;
        }

        html.Write(bytes);
        _htmlStarted |= bytes.Length > 0 || _heldEnd;
        WritePendingFlight();
    }

    /// <summary>The payload is complete: the remaining chunks, the end marker, then the held-back document end.</summary>
    public void Complete()
    {
        WritePendingFlight();
        var output = new BlockWriter(html);
        WriteScript(ref output, "null"u8);
        output.Commit();
        if (_heldEnd)
        {
            html.Write(s_documentEnd);
        }
    }

    private void WritePendingFlight()
    {
        if (!_htmlStarted)
        {
            return; // nothing may precede <!DOCTYPE html>
        }

        var output = new BlockWriter(html);
        foreach (byte[] chunk in _pendingFlight)
        {
            if (Utf8.IsValid(chunk))
            {
                WriteString(ref output, chunk);
            }
            else
            {
                WriteScript(ref output, Encoding.ASCII.GetBytes("[\"" + Convert.ToBase64String(chunk) + "\"]")); // binary rows, or a split character
            }
        }

        output.Commit();
        _pendingFlight.Clear();
    }

    /// <summary>
    /// The chunk as a single-quoted JS string literal in a script element: <c>'</c>, backslashes and control characters
    /// escaped, and <c>&lt;</c> (so no <c>&lt;/script&gt;</c> or <c>&lt;!--</c> can form) and U+2028/U+2029 as <c>\uXXXX</c>;
    /// other UTF-8 is copied as it is (the page is UTF-8), which keeps the payload close to its own size.
    /// </summary>
    private void WriteString(ref BlockWriter html, ReadOnlySpan<byte> utf8)
    {
        html.Write(_scriptOpen);
        html.Write("'"u8); // single-quoted: Flight is JSON, full of double quotes that need no escape then (about 9% of a page's bytes)
        int start = 0;
        while (start < utf8.Length)
        {
            // Runs without anything to escape are copied whole (issue #13: a vectorised search, not a switch per byte).
            int found = utf8[start..].IndexOfAny(s_special);
            if (found < 0)
            {
                break;
            }

            int i = start + found;
            byte b = utf8[i];
            ReadOnlySpan<byte> escape = b switch
            {
                (byte)'\'' => "\\'"u8,
                (byte)'\\' => "\\\\"u8,
                (byte)'<' => "\\u003c"u8,
                (byte)'\n' => "\\n"u8,
                (byte)'\r' => "\\r"u8,
                (byte)'\t' => "\\t"u8,
                0xE2 when i + 2 < utf8.Length && utf8[i + 1] == 0x80 && (utf8[i + 2] == 0xA8 || utf8[i + 2] == 0xA9) => utf8[i + 2] == 0xA8 ? "\\u2028"u8 : "\\u2029"u8,
                _ => default,
            };
            if (b == 0xE2 && escape.IsEmpty)
            {
                html.Write(utf8[start..(i + 1)]); // another character starting with E2: as it is
                start = i + 1;
                continue;
            }

            html.Write(utf8[start..i]);
            if (escape.IsEmpty)
            {
                html.Write(Encoding.ASCII.GetBytes("\\u" + ((int)b).ToString("x4", System.Globalization.CultureInfo.InvariantCulture))); // other control characters
            }
            else
            {
                html.Write(escape);
            }

            start = b == 0xE2 ? i + 3 : i + 1;
        }

        html.Write(utf8[start..]);
        html.Write("')</script>"u8);
    }

    private static byte[] Special()
    {
        var bytes = new List<byte> { (byte)'\'', (byte)'\\', (byte)'<', 0xE2 };
        for (int b = 0; b < 0x20; b++)
        {
            bytes.Add((byte)b);
        }

        return [.. bytes];
    }

    private void WriteScript(ref BlockWriter html, ReadOnlySpan<byte> argument)
    {
        html.Write(_scriptOpen);
        html.Write(argument);
        html.Write(")</script>"u8);
    }
}
