using System.Buffers;
using System.IO.Pipelines;

namespace UseServer.Pages.Forms;

/// <summary>
/// Streams React's HTML through, adding a hidden antiforgery input right after every <c>&lt;form …&gt;</c> start tag,
/// so no-JS form posts carry the token. Hydration skips hidden inputs React did not render (react-dom's
/// <c>canHydrateInstance</c>), so the page still hydrates cleanly. React escapes <c>&lt;</c> and <c>&gt;</c> in text and
/// attribute values, so a <c>&lt;form</c> byte sequence is always a tag; the scan is a small state machine that carries
/// across chunks and never buffers more than one chunk.
/// </summary>
internal sealed class FormTokenWriter(PipeWriter inner, ReadOnlyMemory<byte> insertion) : PipeWriter
{
    private static ReadOnlySpan<byte> FormTag => "<form"u8;

    private readonly ArrayBufferWriter<byte> _pending = new(4096);
    private int _matched;   // how many bytes of "<form" matched so far
    private bool _inTag;    // inside a form start tag, waiting for its '>'

    public override void Advance(int bytes) => _pending.Advance(bytes);

    public override Memory<byte> GetMemory(int sizeHint = 0) => _pending.GetMemory(sizeHint);

    public override Span<byte> GetSpan(int sizeHint = 0) => _pending.GetSpan(sizeHint);

    public override void CancelPendingFlush() => inner.CancelPendingFlush();

    public override async ValueTask<FlushResult> FlushAsync(CancellationToken cancellationToken = default)
    {
        Drain();
        return await inner.FlushAsync(cancellationToken);
    }

    public override void Complete(Exception? exception = null)
    {
        Drain();
        inner.Complete(exception);
    }

    public override async ValueTask CompleteAsync(Exception? exception = null)
    {
        Drain();
        await inner.CompleteAsync(exception);
    }

    private void Drain()
    {
        ReadOnlySpan<byte> data = _pending.WrittenSpan;
        int start = 0;
        for (int i = 0; i < data.Length; i++)
        {
            byte b = data[i];
            if (_inTag)
            {
                if (b == (byte)'>')
                {
                    inner.Write(data[start..(i + 1)]);
                    inner.Write(insertion.Span);
                    start = i + 1;
                    _inTag = false;
                }

                continue;
            }

            if (_matched == FormTag.Length)
            {
                // "<form" then a separator: a form start tag ("<formx" is another name).
                _matched = 0;
                if (b is (byte)' ' or (byte)'>' or (byte)'\n' or (byte)'\t' or (byte)'/')
                {
                    _inTag = b != (byte)'>';
                    if (!_inTag)
                    {
                        inner.Write(data[start..(i + 1)]);
                        inner.Write(insertion.Span);
                        start = i + 1;
                    }

                    continue;
                }
            }

            _matched = b == FormTag[_matched] ? _matched + 1 : (b == FormTag[0] ? 1 : 0);
        }

        inner.Write(data[start..]);
        _pending.ResetWrittenCount();
    }
}
