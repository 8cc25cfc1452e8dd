using System.Buffers;
using System.Text;

namespace UseServer.Flight.Writing;

/// <summary>
/// The low level of the Flight writer: row framing (docs/protocol.md, "Responses: Flight"). Row ids and lengths are lowercase hex
/// (the client decodes <c>c &gt; 96 ? c - 87 : c - 48</c>, so uppercase is silently wrong). JSON tokens are
/// in <c>FlightRowWriter.Json.cs</c>.
/// </summary>
/// <remarks>
/// Rows reach <paramref name="sink"/> in the order they are finished, not started: each row is written into
/// a frame of its own, and a row started while another is open (an outlined Map, binary data, a long
/// string…) is complete before the row that references it. So every row a reference names has arrived
/// when the client parses the reference, as with React's own server; a client reading the body in small
/// chunks would otherwise never resolve a forward reference to a binary or <c>T</c> row (conformance
/// round trips, chunked reads).
/// </remarks>
internal sealed partial class FlightRowWriter(IBufferWriter<byte> sink)
{
    private readonly Stack<PooledSegments> _frames = new();
    private readonly Stack<PooledSegments> _spare = new();

    // The innermost open row (the top of _frames), written to without an interface call per token.
    private PooledSegments? _current;

    /// <summary>Where bytes go now: the innermost open row.</summary>
    private IBufferWriter<byte> Output => _current ?? sink;

    /// <summary>Drops rows left open by a failure (the batch is rolled back and replaced by an error row).</summary>
    public void DiscardOpenRows()
    {
        while (_frames.TryPop(out var frame))
        {
            frame.Reset();
            _spare.Push(frame);
        }

        _current = null;
    }

    private void OpenFrame()
    {
        var frame = _spare.TryPop(out var spare) ? spare : new PooledSegments();
        _frames.Push(frame);
        _current = frame;
    }

    /// <summary>Closes the innermost row: its bytes go to the sink, ahead of every row still open.</summary>
    private void CloseFrame()
    {
        var frame = _frames.Pop();
        frame.WriteTo(sink);
        frame.Reset();
        _spare.Push(frame);
        _current = _frames.TryPeek(out var outer) ? outer : null;
    }

    /// <summary>Writes one byte.</summary>
    public void WriteByte(byte value)
    {
        if (_current is { } frame && frame.Count < frame.Buffer.Length)
        {
            frame.Buffer[frame.Count++] = value;
            return;
        }

        GetSpan(1)[0] = value;
        Advance(1);
    }

    /// <summary>Writes pre-encoded bytes as they are.</summary>
    public void WriteRaw(ReadOnlySpan<byte> bytes)
    {
        if (_current is { } frame)
        {
            bytes.CopyTo(frame.GetSpan(bytes.Length));
            frame.Count += bytes.Length;
            return;
        }

        sink.Write(bytes);
    }

    /// <summary>Writes <paramref name="value"/> in lowercase hex without leading zeros.</summary>
    public void WriteHex(long value)
    {
        Span<byte> span = GetSpan(16);
        value.TryFormat(span, out int written, "x", provider: null);
        Advance(written);
    }

    /// <summary>At least <paramref name="sizeHint"/> bytes to write into, in the innermost open row.</summary>
    private Span<byte> GetSpan(int sizeHint) => _current is { } frame ? frame.GetSpan(sizeHint) : sink.GetSpan(sizeHint);

    /// <summary>Commits <paramref name="count"/> bytes written into <see cref="GetSpan"/>.</summary>
    private void Advance(int count)
    {
        if (_current is { } frame)
        {
            frame.Count += count;
        }
        else
        {
            sink.Advance(count);
        }
    }

    /// <summary>Starts a model row: <c>&lt;id&gt;:</c>. The caller writes the JSON and then <see cref="EndRow"/>.</summary>
    public void StartRow(int id)
    {
        OpenFrame();
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
    public void EndRow()
    {
        WriteByte((byte)'\n');
        CloseFrame();
    }

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
        WriteRaw(bytes);
        CloseFrame(); // binary rows have no newline: the length frames them
    }

    /// <summary>
    /// Whether <paramref name="text"/> may be a <c>T</c> row: not when it starts with U+FEFF. React's client decodes every
    /// row with a <c>TextDecoder</c> stream of its own (<c>ignoreBOM</c> off), which drops a leading UTF-8 byte order
    /// mark, so the string would arrive one character short. Such a string is written inline as JSON instead.
    /// </summary>
    public static bool CanWriteAsTextRow(ReadOnlySpan<char> text) => text.IsEmpty || text[0] != ByteOrderMark;

    /// <summary>U+FEFF, whose UTF-8 form (<c>EF BB BF</c>) a decoder takes for a byte order mark at the start of a stream.</summary>
    private const char ByteOrderMark = '\uFEFF';

    /// <summary>
    /// Writes a <c>T</c> row: the string as UTF-8 prefixed by its length in bytes (no newline). Lone
    /// surrogates become U+FFFD, as the client's <c>TextEncoder</c> would count them. The caller checks
    /// <see cref="CanWriteAsTextRow"/> first.
    /// </summary>
    public void WriteTextRow(int id, ReadOnlySpan<char> text)
    {
        System.Diagnostics.Debug.Assert(CanWriteAsTextRow(text), "A T row must not start with a byte order mark.");
        StartRow(id, FlightRowTags.Text);
        WriteHex(Encoding.UTF8.GetByteCount(text));
        WriteByte((byte)',');
        Encoding.UTF8.GetBytes(text, Output);
        CloseFrame();
    }
}
