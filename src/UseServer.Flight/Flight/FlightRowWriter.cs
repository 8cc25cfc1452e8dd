using System.Buffers;
using System.Text;

namespace UseServer.Flight;

/// <summary>
/// The low level of the Flight writer: row framing straight into the output's buffers (protocol.md §B.1).
/// Row ids and lengths are lowercase hex (the client decodes <c>c &gt; 96 ? c - 87 : c - 48</c>, so
/// uppercase is silently wrong). JSON tokens are in <c>FlightRowWriter.Json.cs</c>.
/// </summary>
internal sealed partial class FlightRowWriter(IBufferWriter<byte> output)
{
    /// <summary>Writes one byte.</summary>
    public void WriteByte(byte value)
    {
        output.GetSpan(1)[0] = value;
        output.Advance(1);
    }

    /// <summary>Writes pre-encoded bytes as they are.</summary>
    public void WriteRaw(ReadOnlySpan<byte> bytes) => output.Write(bytes);

    /// <summary>Writes <paramref name="value"/> in lowercase hex without leading zeros.</summary>
    public void WriteHex(long value)
    {
        Span<byte> span = output.GetSpan(16);
        value.TryFormat(span, out int written, "x", provider: null);
        output.Advance(written);
    }

    /// <summary>Starts a model row: <c>&lt;id&gt;:</c>. The caller writes the JSON and then <see cref="EndRow"/>.</summary>
    public void StartRow(int id)
    {
        WriteHex(id);
        WriteByte((byte)':');
    }

    /// <summary>Starts a tagged text row: <c>&lt;id&gt;:&lt;tag&gt;</c>. The caller writes the payload and then <see cref="EndRow"/>.</summary>
    public void StartRow(int id, byte tag)
    {
        StartRow(id);
        WriteByte(tag);
    }

    /// <summary>Ends a text row with <c>\n</c> (a final row without it is never processed by the client).</summary>
    public void EndRow() => WriteByte((byte)'\n');

    /// <summary>Writes a complete tag-only row such as <c>1:R\n</c> or <c>1:C\n</c>.</summary>
    public void WriteTagRow(int id, byte tag)
    {
        StartRow(id, tag);
        EndRow();
    }

    /// <summary>Writes a length-prefixed binary row <c>&lt;id&gt;:&lt;tag&gt;&lt;hexlen&gt;,&lt;bytes&gt;</c> (no newline).</summary>
    public void WriteBinaryRow(int id, byte tag, ReadOnlySpan<byte> bytes)
    {
        StartRow(id, tag);
        WriteHex(bytes.Length);
        WriteByte((byte)',');
        output.Write(bytes);
    }

    /// <summary>
    /// Writes a <c>T</c> row: the string as UTF-8 prefixed by its length in bytes (no newline). Lone
    /// surrogates become U+FFFD, as the client's <c>TextEncoder</c> would count them.
    /// </summary>
    public void WriteTextRow(int id, ReadOnlySpan<char> text)
    {
        StartRow(id, FlightRowTags.Text);
        WriteHex(Encoding.UTF8.GetByteCount(text));
        WriteByte((byte)',');
        Encoding.UTF8.GetBytes(text, output);
    }
}
