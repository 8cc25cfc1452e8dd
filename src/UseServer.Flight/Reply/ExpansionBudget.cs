using System.Diagnostics;
using UseServer.Flight.Values;

namespace UseServer.Flight.Reply;

/// <summary>
/// The work counters of one decode (bounded work): the logical size of the decoded graph, the number
/// of references, and the wall clock. The size counts every value once where it is written (arrays,
/// objects, slots, string and byte lengths) and again, in full, every time a reference pulls it in, as
/// React's <c>arraySizeLimit</c> does; so a small body that references one part many times
/// ("billion laughs") fails instead of handing a huge graph to binding.
/// </summary>
/// <param name="limits">The limits in force.</param>
/// <param name="cancellationToken">Stops the decode.</param>
/// <param name="started">When the decode began (a <see cref="Stopwatch"/> timestamp): a decode that follows an abandoned
/// attempt to bind straight from tokens keeps the attempt's start, so <see cref="ReplyLimits.MaxDecodeTime"/> bounds both together.</param>
internal sealed class ExpansionBudget(ReplyLimits limits, CancellationToken cancellationToken, long started)
{
    /// <summary>How many steps run between two clock and cancellation checks.</summary>
    private const int StepsPerClockCheck = 4096;

    // Made on the first re-reference: most bodies have none.
    private Stack<(JsValue Node, int Next)>? _walk;
    private HashSet<JsValue>? _onPath;
    private long _size;
    private int _references;
    private int _steps;

    /// <summary>Counts <paramref name="units"/> of logical size.</summary>
    public void Add(long units)
    {
        _size += units;
        if (_size > limits.MaxExpansion)
        {
            throw new ReplyDecodeException(ReplyErrorCode.LimitExceeded,
                $"The body expands to more than {limits.MaxExpansion} values (MaxExpansion); shared references count each time they are used.");
        }
    }

    /// <summary>Counts one <c>$</c> reference against <see cref="ReplyLimits.MaxReferences"/>.</summary>
    public void AddReference()
    {
        if (++_references > limits.MaxReferences)
        {
            throw new ReplyDecodeException(ReplyErrorCode.LimitExceeded, $"The body has more than {limits.MaxReferences} references (MaxReferences).");
        }
    }

    /// <summary>One unit of parsing work; checks the clock and cancellation every few thousand steps.</summary>
    public void Step()
    {
        if (++_steps >= StepsPerClockCheck)
        {
            _steps = 0;
            CheckClock();
        }
    }

    /// <summary>Counts the full size of a value that a reference pulls in again. Cycles count once per walk; shared (DAG) nodes count each time.</summary>
    public void AddReferenced(JsValue value)
    {
        if (!IsContainer(value))
        {
            Add(LeafSize(value));
            return;
        }

        (_walk ??= new()).Clear();
        (_onPath ??= new(ReferenceEqualityComparer.Instance)).Clear();
        Enter(value);
        while (_walk.Count > 0)
        {
            Step();
            var (node, next) = _walk.Pop();
            if (next >= ChildCount(node))
            {
                _onPath.Remove(node);
                continue;
            }

            _walk.Push((node, next + 1));
            JsValue child = Child(node, next);
            if (!IsContainer(child))
            {
                Add(LeafSize(child));
            }
            else if (_onPath.Contains(child))
            {
                Add(1); // a cycle back to an ancestor: the consumer sees a back edge, not a copy
            }
            else
            {
                Enter(child);
            }
        }
    }

    private void Enter(JsValue container)
    {
        Add(1);
        _onPath!.Add(container);
        _walk!.Push((container, 0));
    }

    private void CheckClock()
    {
        if (cancellationToken.IsCancellationRequested)
        {
            throw new ReplyDecodeException(ReplyErrorCode.Timeout, "Decoding was canceled.", new OperationCanceledException(cancellationToken));
        }

        if (Stopwatch.GetElapsedTime(started) > limits.MaxDecodeTime)
        {
            throw new ReplyDecodeException(ReplyErrorCode.Timeout, $"Decoding took longer than {limits.MaxDecodeTime} (MaxDecodeTime).");
        }
    }

    /// <summary>The size a leaf value counts for: one, plus its length for strings and bytes.</summary>
    public static long LeafSize(JsValue value) => value switch
    {
        JsString s => 1 + s.Value.Length,
        JsBlob b => 1 + b.Length,
        JsTypedArray t => 1 + t.Bytes.Length,
        _ => 1,
    };

    private static bool IsContainer(JsValue value) => value is JsArray or JsObject or JsMap or JsSet or JsIterator or JsPromise or JsStream or JsServerReference or JsFormData;

    private static int ChildCount(JsValue node) => node switch
    {
        JsArray a => a.Count,
        JsObject o => o.Count,
        JsMap m => m.Count * 2,
        JsSet s => s.Count,
        JsIterator i => i.Items.Count,
        JsPromise => 1,
        JsStream s => s.Items.Count + (s.ReturnValue is null ? 0 : 1),
        JsServerReference r => r.Bound?.Count ?? 0,
        JsFormData f => f.Entries.Count,
        _ => 0,
    };

    private static JsValue Child(JsValue node, int index) => node switch
    {
        JsArray a => a[index],
        JsObject o => o[index].Value,
        JsMap m => (index & 1) == 0 ? m[index >> 1].Key : m[index >> 1].Value,
        JsSet s => s[index],
        JsIterator i => i.Items[index],
        JsPromise p => p.Value,
        JsStream s => index < s.Items.Count ? s.Items[index] : s.ReturnValue!,
        JsServerReference r => r.Bound![index],
        JsFormData f => f.Entries[index].Value,
        _ => JsValue.Undefined,
    };
}
