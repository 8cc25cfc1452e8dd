using System.Runtime.CompilerServices;
using UseServer.Flight.Values;

namespace UseServer.Flight.Reply;

/// <summary>
/// One decode of one body: revives model parts on demand (each once, cached, so shared references keep
/// their identity), resolves tags, and enforces <see cref="ReplyLimits"/>. JSON inside a part is walked
/// iteratively (explicit frame stack); only part-to-part nesting recurses, bounded by
/// <see cref="ReplyLimits.MaxReferenceChainDepth"/> and a stack probe.
/// </summary>
internal sealed partial class ReplyReviver
{
    private readonly ReplyPayload _payload;
    private readonly ReplyLimits _limits;
    private readonly string _prefix;
    private readonly ExpansionBudget _budget;
    private Dictionary<int, ReplyPartState>? _parts;
    private List<List<Frame>>? _framePool;
    private ReplyEntryIndex? _entries;
    private int _nesting;

    public ReplyReviver(ReplyPayload payload, ReplyLimits limits, string prefix, CancellationToken cancellationToken, long started)
    {
        _payload = payload;
        _limits = limits;
        _prefix = prefix;
        _budget = new ExpansionBudget(limits, cancellationToken, started);
    }

    private ReplyEntryIndex Entries => _entries ??= ReplyEntryIndex.Build(_payload, _prefix);

    /// <summary>Revives part <c>prefix + "0"</c>.</summary>
    public JsValue DecodeRoot()
    {
        if (!_payload.TryGetPart(_prefix, 0, out var root) || root.IsFile)
        {
            throw Fail(ReplyErrorCode.Malformed, "The body has no root part \"0\" with JSON text.");
        }

        JsValue value = GetModel(0, out _);
        ResolvePending(value);
        return value;
    }

    /// <summary>
    /// The value of model part <paramref name="id"/>, reviving it now if needed. A part still being
    /// revived yields its root container when that exists (cycles); otherwise the reference is refused.
    /// </summary>
    private JsValue GetModel(int id, out bool revivedNow)
    {
        revivedNow = false;
        var state = State(id);
        if (state.Done)
        {
            return state.Value!;
        }

        if (state.InProgress)
        {
            return state.Value ?? throw Fail(ReplyErrorCode.InvalidReference, $"Part {id} refers to itself before its value exists (cyclic or forward reference).");
        }

        if (!_payload.TryGetPart(_prefix, id, out var part))
        {
            throw Fail(ReplyErrorCode.InvalidReference, $"A reference names part {id}, which the body does not have.");
        }

        if (part.IsFile)
        {
            throw Fail(ReplyErrorCode.InvalidReference, $"A model reference names part {id}, which is a file.");
        }

        state.InProgress = true;
        JsValue value = ReviveNested(part.Data.Span, id, state);
        state.InProgress = false;
        state.Done = true;
        state.Value = value;
        revivedNow = true;
        return value;
    }

    /// <summary>The value of part <paramref name="id"/> when it must be complete (initializers, server references).</summary>
    private JsValue GetCompleteModel(int id)
    {
        JsValue value = GetModel(id, out _);
        if (!State(id).Done)
        {
            throw Fail(ReplyErrorCode.InvalidReference, $"Part {id} is used before its value is complete (cyclic reference).");
        }

        return value;
    }

    /// <summary>Revives one more JSON text (a part or stream item) below the current one, bounding the nesting.</summary>
    private JsValue ReviveNested(ReadOnlySpan<byte> utf8, int pathId, ReplyPartState? state)
    {
        if (_nesting >= _limits.MaxReferenceChainDepth)
        {
            throw Fail(ReplyErrorCode.LimitExceeded, $"References nest more than {_limits.MaxReferenceChainDepth} parts deep (MaxReferenceChainDepth).");
        }

        RuntimeHelpers.EnsureSufficientExecutionStack();
        _nesting++;
        try
        {
            return ReviveText(utf8, pathId, state);
        }
        finally
        {
            _nesting--;
        }
    }

    private ReplyPartState State(int id)
    {
        _parts ??= [];
        if (!_parts.TryGetValue(id, out var state))
        {
            state = new ReplyPartState(id);
            _parts[id] = state;
        }

        return state;
    }

    private static ReplyDecodeException Fail(ReplyErrorCode code, string message) => new(code, message);
}
