using System.Collections;

namespace UseServer.Flight.Values;

/// <summary>A JavaScript <c>Map</c>: entries in insertion order. Keys may be any value (objects compare by identity, as in JavaScript).</summary>
public sealed class JsMap : JsValue, IReadOnlyList<KeyValuePair<JsValue, JsValue>>
{
    private readonly List<KeyValuePair<JsValue, JsValue>> _entries;

    /// <summary>Creates a map from <paramref name="entries"/>.</summary>
    public JsMap(IEnumerable<KeyValuePair<JsValue, JsValue>> entries) => _entries = [.. entries];

    internal JsMap(int capacity) => _entries = new List<KeyValuePair<JsValue, JsValue>>(capacity);

    /// <inheritdoc/>
    public override JsValueKind Kind => JsValueKind.Map;

    /// <inheritdoc/>
    public int Count => _entries.Count;

    /// <inheritdoc/>
    public KeyValuePair<JsValue, JsValue> this[int index] => _entries[index];

    internal void Add(JsValue key, JsValue value) => _entries.Add(new(key, value));

    internal void SetAt(int index, JsValue key, JsValue value) => _entries[index] = new(key, value);

    /// <inheritdoc/>
    public IEnumerator<KeyValuePair<JsValue, JsValue>> GetEnumerator() => _entries.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>A JavaScript <c>Set</c>: items in insertion order.</summary>
public sealed class JsSet : JsValue, IReadOnlyList<JsValue>
{
    private readonly List<JsValue> _items;

    /// <summary>Creates a set from <paramref name="items"/>.</summary>
    public JsSet(IEnumerable<JsValue> items) => _items = [.. items];

    internal JsSet(int capacity) => _items = new List<JsValue>(capacity);

    /// <inheritdoc/>
    public override JsValueKind Kind => JsValueKind.Set;

    /// <inheritdoc/>
    public int Count => _items.Count;

    /// <inheritdoc/>
    public JsValue this[int index] => _items[index];

    internal void Add(JsValue value) => _items.Add(value);

    internal void SetAt(int index, JsValue value) => _items[index] = value;

    /// <inheritdoc/>
    public IEnumerator<JsValue> GetEnumerator() => _items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>A synchronous iterator (a generator) that the client drained into a list (<c>$i</c>).</summary>
public sealed class JsIterator(IReadOnlyList<JsValue> items) : JsValue
{
    /// <summary>The values the iterator yielded, in order.</summary>
    public IReadOnlyList<JsValue> Items { get; } = items;

    /// <inheritdoc/>
    public override JsValueKind Kind => JsValueKind.Iterator;
}
