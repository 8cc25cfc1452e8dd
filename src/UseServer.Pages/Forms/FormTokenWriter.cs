using System.Buffers;
using System.IO.Pipelines;
using UseServer.Flight.Writing;

namespace UseServer.Pages.Forms;

/// <summary>
/// Streams React's HTML through, adding a hidden antiforgery input to every form whose action is a server function,
/// so no-JS form posts carry the token, and to no other form: a <c>method="get"</c> form would put the token in its URL
/// (history, logs, <c>Referer</c>), and a form with an ordinary URL action would hand it to another endpoint (issue 12).
/// </summary>
/// <remarks>
/// A server-function form is recognised by exactly what react-dom/server writes for one (<c>pushStartForm</c>, from the
/// reference's <c>$$FORM_ACTION</c>): a start tag with <c>method="POST"</c>, immediately followed by React's hidden
/// <c>&lt;input type="hidden" name="$ACTION_ID_…"/&gt;</c> (or <c>$ACTION_REF_…</c>). The token goes right after that
/// input. Hydration skips hidden inputs React did not render (react-dom's <c>canHydrateInstance</c>), so the page still
/// hydrates cleanly. React escapes <c>&lt;</c>, <c>&gt;</c> and quotes in text and attribute values, so these byte
/// sequences are always markup. The scan is a small state machine that carries across chunks and holds nothing back:
/// the token is inserted after the bytes that decide it.
/// </remarks>
internal sealed class FormTokenWriter(PipeWriter inner, ReadOnlyMemory<byte> insertion) : PipeWriter
{
    /// <summary>The start of a form start tag (a separator must follow: <c>&lt;formx</c> is another name).</summary>
    private static ReadOnlySpan<byte> FormTag => "<form"u8;

    /// <summary>The method React writes for a server function, compared ignoring ASCII case (attributes are separated by one space).</summary>
    private static ReadOnlySpan<byte> PostMethod => " method=\"post\""u8;

    /// <summary>The hidden input React writes right after a server-function form's start tag.</summary>
    private static ReadOnlySpan<byte> ActionInput => "<input type=\"hidden\" name=\"$ACTION_"u8;

    // Pooled segments: a growing array per page was a large-object allocation per request (issue #13).
    private readonly PooledSegments _pending = new(16 * 1024);
    private State _state;
    private int _matched; // how many bytes of the literal the state looks for matched so far
    private bool _post;   // the form start tag being read has method="POST"

    private enum State
    {
        Text,            // looking for "<form"
        AfterFormName,   // "<form" seen: a separator makes it a form start tag
        FormTag,         // inside a form start tag, waiting for its '>'
        AfterPostForm,   // right after a POST form's start tag: is React's $ACTION_ input next?
        InActionInput,   // inside that input, waiting for its '>' (then the token goes in)
    }

    public override void Advance(int bytes) => _pending.Advance(bytes);

    public override Memory<byte> GetMemory(int sizeHint = 0) => _pending.GetMemory(sizeHint);

    public override Span<byte> GetSpan(int sizeHint = 0) => _pending.GetSpan(sizeHint);

    /// <summary>Gives the pooled buffer back; the page is over (a later write rents another).</summary>
    public void ReturnBuffer() => _pending.Release();

    public override void CancelPendingFlush() => inner.CancelPendingFlush();

    public override async ValueTask<FlushResult> FlushAsync(CancellationToken cancellationToken = default)
    {
        Drain();
        return await inner.FlushAsync(cancellationToken);
    }

    public override void Complete(Exception? exception = null)
    {
        Drain();
        ReturnBuffer();
        inner.Complete(exception);
    }

    public override async ValueTask CompleteAsync(Exception? exception = null)
    {
        Drain();
        ReturnBuffer();
        await inner.CompleteAsync(exception);
    }

    private void Drain()
    {
        for (int segment = 0; segment < _pending.SegmentCount; segment++)
        {
            Drain(_pending.Segment(segment)); // the scan carries its state across segments as across flushes
        }

        _pending.Reset();
    }

    private void Drain(ReadOnlySpan<byte> data)
    {
        int start = 0;
        for (int i = 0; i < data.Length; i++)
        {
            if (_state == State.Text && _matched == 0)
            {
                // Between forms nothing but "<form" changes the state: skip to it (vectorised), or to where a "<form"
                // cut by the end of this chunk could start (issue #13: this scan runs over every byte of every page).
                int next = data[i..].IndexOf(FormTag);
                i = next >= 0 ? i + next : Math.Max(i, data.Length - (FormTag.Length - 1));
            }

            if (Step(data[i]))
            {
                inner.Write(data[start..(i + 1)]);
                inner.Write(insertion.Span);
                start = i + 1;
            }
        }

        inner.Write(data[start..]);
    }

    /// <summary>Moves the scan on by one byte; true when the token goes right after it.</summary>
    private bool Step(byte b)
    {
        switch (_state)
        {
            case State.Text:
                _matched = b == FormTag[_matched] ? _matched + 1 : (b == FormTag[0] ? 1 : 0);
                if (_matched == FormTag.Length)
                {
                    Enter(State.AfterFormName);
                }

                return false;
            case State.AfterFormName:
                if (b is (byte)' ' or (byte)'\n' or (byte)'\t' or (byte)'/')
                {
                    _post = false;
                    Enter(State.FormTag);
                    return Step(b); // the separator may start " method"
                }

                Enter(State.Text);
                return b != (byte)'>' && Step(b); // "<form>" has no method; "<formx" is text, and its byte may start a tag
            case State.FormTag:
                if (b == (byte)'>')
                {
                    Enter(_post ? State.AfterPostForm : State.Text);
                }
                else if (!_post)
                {
                    byte lower = b is >= (byte)'A' and <= (byte)'Z' ? (byte)(b + 32) : b;
                    _matched = lower == PostMethod[_matched] ? _matched + 1 : (lower == PostMethod[0] ? 1 : 0);
                    _post = _matched == PostMethod.Length;
                }

                return false;
            case State.AfterPostForm:
                if (b != ActionInput[_matched])
                {
                    bool openBracket = _matched == 1; // "<" matched, and it may be a "<form" too
                    Enter(State.Text);
                    _matched = openBracket ? 1 : 0;
                    return Step(b); // not a server-function form; the byte may go on a tag
                }

                if (++_matched == ActionInput.Length)
                {
                    Enter(State.InActionInput);
                }

                return false;
            default: // State.InActionInput
                if (b != (byte)'>')
                {
                    return false;
                }

                Enter(State.Text);
                return true;
        }
    }

    private void Enter(State state)
    {
        _state = state;
        _matched = 0;
    }
}
