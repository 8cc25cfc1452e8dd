using System.Collections;

namespace UseServer.Flight.Values;

/// <summary>A JavaScript array. Holes arrive as <see cref="JsUndefined"/> (React sends them as <c>$undefined</c>).</summary>
/// <remarks>Reference identity is meaningful: the same array reached twice is the same instance, and an array may contain itself.</remarks>
public sealed class JsArray : JsValue, IReadOnlyList<JsValue>
{
    private readonly List<JsValue> _items;

    /// <summary>Creates an array holding <paramref name="items"/>.</summary>
    public JsArray(IEnumerable<JsValue> items) => _items = [.. items];

    internal JsArray(int capacity) => _items = new List<JsValue>(capacity);

    /// <inheritdoc/>
    public override JsValueKind Kind => JsValueKind.Array;

    /// <inheritdoc/>
    public int Count => _items.Count;

    /// <inheritdoc/>
    public JsValue this[int index] => _items[index];

    internal void Add(JsValue value) => _items.Add(value);

    internal void Set(int index, JsValue value) => _items[index] = value;

    /// <inheritdoc/>
    public IEnumerator<JsValue> GetEnumerator() => _items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
