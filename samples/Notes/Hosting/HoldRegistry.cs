using System.Collections.Concurrent;

namespace Notes.Hosting;

/// <summary>What became of a held call: the tests read it to see that the server's CancellationToken fired.</summary>
public enum HoldState
{
    Started,
    Completed,
    Cancelled,
}

/// <summary>
/// The state of every <c>diagnostics.hold</c> call by its caller-chosen tag, read through <c>GET /diagnostics/holds/{tag}</c>.
/// Bounded: past <see cref="MaxTags"/> tags the oldest are forgotten, so a long run cannot grow it.
/// </summary>
public sealed class HoldRegistry
{
    /// <summary>How many tags are remembered (a test uses a handful; the soak uses none).</summary>
    public const int MaxTags = 1024;

    private readonly ConcurrentDictionary<string, HoldState> _states = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _order = new();

    public void Set(string tag, HoldState state)
    {
        if (_states.TryAdd(tag, state))
        {
            _order.Enqueue(tag);
            while (_order.Count > MaxTags && _order.TryDequeue(out string? oldest))
            {
                _states.TryRemove(oldest, out _);
            }
        }
        else
        {
            _states[tag] = state;
        }
    }

    public HoldState? Get(string tag) => _states.TryGetValue(tag, out HoldState state) ? state : null;
}
