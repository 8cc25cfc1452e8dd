namespace UseServer.Flight.Writing;

/// <summary>
/// A React element a server component returns, written as <c>["$",type,key,props]</c> (docs/protocol.md, "Responses: Flight").
/// Children are the <c>children</c> prop: a string, an element, a list of them, or any other value.
/// </summary>
/// <param name="type">
/// A host tag such as <c>"div"</c>, a <see cref="ReactSymbol"/> such as <see cref="ReactSymbols.Fragment"/>,
/// or a <see cref="ClientReference"/> to a client component.
/// </param>
/// <param name="key">The element's key, or <see langword="null"/>.</param>
/// <param name="props">The props in order; values are written like any other result value.</param>
internal sealed class ReactElement(object type, string? key, IReadOnlyDictionary<string, object?> props)
{
    /// <summary>Creates an element without a key.</summary>
    public ReactElement(object type, IReadOnlyDictionary<string, object?> props)
        : this(type, null, props)
    {
    }

    /// <summary>The host tag, symbol or client reference.</summary>
    public object Type { get; } = type is string or ReactSymbol or ClientReference
        ? type
        : throw new ArgumentException("An element type is a host tag string, a ReactSymbol or a ClientReference.", nameof(type));

    /// <summary>The key, or <see langword="null"/>.</summary>
    public string? Key { get; } = key;

    /// <summary>The props, <c>children</c> included.</summary>
    public IReadOnlyDictionary<string, object?> Props { get; } = props ?? throw new ArgumentNullException(nameof(props));

    /// <summary>
    /// One of several fixed children (JSX's <c>&lt;a&gt;&lt;b/&gt;&lt;c/&gt;&lt;/a&gt;</c>), which needs no key: written with React's
    /// "validated" mark, so its development build does not warn as it would for an unkeyed list item.
    /// </summary>
    public bool StaticChild { get; set; }
}
