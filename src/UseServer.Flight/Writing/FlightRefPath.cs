using System.Globalization;
using System.Text;

namespace UseServer.Flight.Writing;

/// <summary>
/// Where a written object lives, so a second occurrence can be written as a reference instead of a copy
/// (docs/protocol.md, "Responses: Flight"): the root of a row (<c>$1</c>), a path inside one (<c>$0:a:0</c>, as React writes
/// <c>{"b":"$0:a","self":"$0"}</c>), or an alias (<c>$Q5</c>) for an outlined value reached where no path
/// names it. The text is built only when it is first needed.
/// </summary>
internal sealed class FlightRefPath
{
    private readonly FlightRefPath? _parent;
    private readonly string? _key;
    private readonly int _index;
    private string? _text;

    private FlightRefPath(FlightRefPath? parent, string? key, int index, string? text)
    {
        _parent = parent;
        _key = key;
        _index = index;
        _text = text;
    }

    /// <summary>The root of row <paramref name="id"/>: <c>$&lt;hex id&gt;</c>.</summary>
    public static FlightRefPath Row(int id) => new(null, null, id, null);

    /// <summary>A fixed reference text such as <c>$Q5</c> or <c>$@3</c>.</summary>
    public static FlightRefPath Alias(string text) => new(null, null, -1, text);

    /// <summary>The property <paramref name="key"/> of this value, or <see langword="null"/> when the key contains <c>:</c> (the client splits paths on it).</summary>
    public FlightRefPath? Child(string key) => key.Contains(':', StringComparison.Ordinal) ? null : new(this, key, -1, null);

    /// <summary>Item <paramref name="index"/> of this array.</summary>
    public FlightRefPath Child(int index) => new(this, null, index, null);

    /// <inheritdoc/>
    public override string ToString()
    {
        if (_text is not null)
        {
            return _text;
        }

        var segments = new Stack<FlightRefPath>();
        for (FlightRefPath? p = this; p is not null; p = p._parent)
        {
            segments.Push(p);
        }

        var text = new StringBuilder("$");
        foreach (FlightRefPath p in segments)
        {
            if (p._parent is null)
            {
                text.Append(p._index.ToString("x", CultureInfo.InvariantCulture));
            }
            else
            {
                text.Append(':');
                if (p._key is not null)
                {
                    text.Append(p._key);
                }
                else
                {
                    text.Append(p._index.ToString(CultureInfo.InvariantCulture));
                }
            }
        }

        return _text = text.ToString();
    }
}

/// <summary>
/// The place a value is being written: a property or index under a parent path, the root of a row, or a place
/// no path can name (a stream item, anything under a key containing <c>:</c>). The child path is allocated only
/// for values that are tracked.
/// </summary>
internal readonly struct FlightSlot
{
    private readonly FlightRefPath? _parent;
    private readonly string? _key;
    private readonly int _index;

    private FlightSlot(FlightRefPath? parent, string? key, int index)
    {
        _parent = parent;
        _key = key;
        _index = index;
    }

    /// <summary>A place without a path: tracked values there are written as copies.</summary>
    public static FlightSlot None => default;

    /// <summary>The root of row <paramref name="id"/>.</summary>
    public static FlightSlot RowRoot(int id) => new(FlightRefPath.Row(id), null, -2);

    /// <summary>Property <paramref name="key"/> under <paramref name="parent"/>.</summary>
    public static FlightSlot Property(FlightRefPath? parent, string key) => new(parent, key, -1);

    /// <summary>Item <paramref name="index"/> under <paramref name="parent"/>.</summary>
    public static FlightSlot Item(FlightRefPath? parent, int index) => new(parent, null, index);

    /// <summary>The path of the value written here, or <see langword="null"/> when none can name it.</summary>
    public FlightRefPath? Path() => _parent is null ? null
        : _index == -2 ? _parent
        : _key is not null ? _parent.Child(_key)
        : _parent.Child(_index);
}

/// <summary>
/// The <c>Map</c>s, <c>Set</c>s, iterators and form data whose rows the row being written depends on. React's
/// client builds them only once their row is complete, so a reference back to one of them from inside
/// would never resolve (confirmed: <c>0:{"m":"$Q1"} 1:[["self","$0:m"]]</c> decodes to <c>null</c>).
/// </summary>
internal sealed class FlightCollectionChain(object collection, FlightCollectionChain? next)
{
    /// <summary>Whether <paramref name="value"/> is one of the open collections.</summary>
    public bool Contains(object value)
    {
        for (FlightCollectionChain? c = this; c is not null; c = c.Next)
        {
            if (ReferenceEquals(c.Collection, value))
            {
                return true;
            }
        }

        return false;
    }

    private object Collection { get; } = collection;

    private FlightCollectionChain? Next { get; } = next;
}
