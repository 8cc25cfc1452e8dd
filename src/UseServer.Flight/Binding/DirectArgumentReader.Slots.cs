using System.Buffers;

namespace UseServer.Flight.Binding;

/// <content>
/// The member slots of the objects being bound (<see cref="ObjectBinder"/>), one stack for the whole call: an object takes
/// its slots on top and gives them back once built, so nested objects take the slots after their parent's. One pooled
/// array serves the call instead of a rented array or two per object (issue #13).
/// </content>
internal sealed partial class DirectArgumentReader
{
    /// <summary>The slots array when the first object needs more than this many is rented this large.</summary>
    private const int InitialSlots = 32;

    private object?[] _slots = [];
    private int _slotsTop;
    private int _slotsUsed;

    /// <summary>The slots; an object's are at the offset <see cref="TakeSlots"/> gave it (read it again after a nested read: it may grow).</summary>
    public object?[] Slots => _slots;

    /// <summary>Takes <paramref name="count"/> slots on top of the stack; returns their offset in <see cref="Slots"/>.</summary>
    public int TakeSlots(int count)
    {
        int start = _slotsTop;
        if (start + count > _slots.Length)
        {
            object?[] larger = ArrayPool<object?>.Shared.Rent(Math.Max(InitialSlots, 2 * (start + count)));
            Array.Copy(_slots, larger, start); // the slots of the objects still open
            ReleaseSlots();
            _slots = larger;
        }

        _slotsTop = start + count;
        _slotsUsed = Math.Max(_slotsUsed, _slotsTop);
        return start;
    }

    /// <summary>Gives back the slots from <paramref name="start"/> up.</summary>
    public void ReturnSlots(int start) => _slotsTop = start;

    /// <summary>Returns the array to the pool, cleared (it holds the call's values).</summary>
    private void ReleaseSlots()
    {
        if (_slots.Length > 0)
        {
            Array.Clear(_slots, 0, _slotsUsed);
            ArrayPool<object?>.Shared.Return(_slots);
            _slots = [];
            _slotsUsed = 0;
        }
    }
}
