using System.Globalization;

namespace UseServer.Components;

/// <summary>
/// A node of a server component tree: a host element (<c>new Div { … }</c>), text, a <see cref="Fragment"/>, a
/// <see cref="Suspense"/> boundary, a <see cref="Component"/>, a <see cref="ClientComponent"/> or a list of nodes.
/// Strings and numbers convert to text nodes, so <c>Children = ["Hello, ", name]</c> reads like JSX.
/// </summary>
public abstract class Node
{
    /// <summary>Derive from <see cref="Component"/> or <see cref="ClientComponent"/>; other node kinds are built in.</summary>
    protected Node()
    {
    }

    /// <summary>React's <c>key</c>: identifies the node among its siblings in a list.</summary>
    public string? Key { get; init; }

    /// <summary>Text.</summary>
    /// <param name="text">The text (React escapes it).</param>
    public static implicit operator Node(string text) => new TextNode(text);

    /// <summary>A number, as text.</summary>
    /// <param name="value">The number.</param>
    public static implicit operator Node(int value) => new TextNode(value.ToString(CultureInfo.InvariantCulture));

    /// <summary>A number, as text.</summary>
    /// <param name="value">The number.</param>
    public static implicit operator Node(long value) => new TextNode(value.ToString(CultureInfo.InvariantCulture));

    /// <summary>A number, as text (JavaScript's shortest round-trip form).</summary>
    /// <param name="value">The number.</param>
    public static implicit operator Node(double value) => new TextNode(value.ToString("R", CultureInfo.InvariantCulture));

    /// <summary>Text (for languages without implicit conversions).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The node.</returns>
    public static Node Text(string text) => new TextNode(text);

    /// <summary>A list of nodes, as <c>{items.map(…)}</c> in JSX: give each item a <see cref="Key"/>.</summary>
    /// <param name="items">The nodes.</param>
    /// <returns>The node.</returns>
    public static Node List(IEnumerable<Node?> items) => new NodeList([.. items ?? throw new ArgumentNullException(nameof(items))]);
}

/// <summary>Text in the tree.</summary>
internal sealed class TextNode(string text) : Node
{
    public string Value { get; } = text ?? throw new ArgumentNullException(nameof(text));
}

/// <summary>An array of children (a JSX <c>{list}</c> expression).</summary>
internal sealed class NodeList(IReadOnlyList<Node?> items) : Node
{
    public IReadOnlyList<Node?> Items { get; } = items;
}
