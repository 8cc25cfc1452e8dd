using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace UseServer.Flight.Values;

/// <summary>
/// A plain JavaScript object: string keys in the order they arrived, mapped to values. Keys such as
/// <c>__proto__</c>, <c>constructor</c> or <c>then</c> are ordinary data here (references walk decoded data only).
/// </summary>
/// <remarks>Reference identity is meaningful: the same object reached twice is the same instance, and an object may contain itself.</remarks>
public sealed class JsObject : JsValue, IReadOnlyList<KeyValuePair<string, JsValue>>
{
    private readonly List<KeyValuePair<string, JsValue>> _entries;
    private Dictionary<string, int>? _index;

    /// <summary>Creates an object from <paramref name="entries"/>; a repeated key keeps its first position and its last value.</summary>
    public JsObject(IEnumerable<KeyValuePair<string, JsValue>> entries)
        : this(4)
    {
        ArgumentNullException.ThrowIfNull(entries);
        foreach (var entry in entries)
        {
            SetProperty(entry.Key, entry.Value);
        }
    }

    internal JsObject(int capacity) => _entries = new List<KeyValuePair<string, JsValue>>(capacity);

    /// <inheritdoc/>
    public override JsValueKind Kind => JsValueKind.Object;

    /// <summary>The number of own properties.</summary>
    public int Count => _entries.Count;

    /// <summary>The property at <paramref name="index"/> in arrival order.</summary>
    public KeyValuePair<string, JsValue> this[int index] => _entries[index];

    /// <summary>The keys in arrival order.</summary>
    public IEnumerable<string> Keys => _entries.Select(static e => e.Key);

    /// <summary>Looks up an own property.</summary>
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out JsValue value)
    {
        int i = IndexOf(key);
        if (i < 0)
        {
            value = null;
            return false;
        }

        value = _entries[i].Value;
        return true;
    }

    /// <summary>Whether the object has an own property <paramref name="key"/>.</summary>
    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    internal void SetProperty(string key, JsValue value)
    {
        int i = IndexOf(key);
        if (i >= 0)
        {
            _entries[i] = new(key, value);
            return;
        }

        _entries.Add(new(key, value));
        if (_index is not null)
        {
            _index[key] = _entries.Count - 1;
        }
        else if (_entries.Count > 8)
        {
            _index = new Dictionary<string, int>(_entries.Count * 2, StringComparer.Ordinal);
            for (int j = 0; j < _entries.Count; j++)
            {
                _index[_entries[j].Key] = j;
            }
        }
    }

    private int IndexOf(string key)
    {
        if (_index is not null)
        {
            return _index.TryGetValue(key, out int i) ? i : -1;
        }

        for (int i = 0; i < _entries.Count; i++)
        {
            if (string.Equals(_entries[i].Key, key, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    /// <inheritdoc/>
    public IEnumerator<KeyValuePair<string, JsValue>> GetEnumerator() => _entries.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
