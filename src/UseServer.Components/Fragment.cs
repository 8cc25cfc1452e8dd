namespace UseServer.Components;

/// <summary>React's <c>&lt;&gt;…&lt;/&gt;</c>: groups children without an element of its own (give it a <see cref="Node.Key"/> in lists).</summary>
public sealed class Fragment : Node
{
    /// <summary>The children.</summary>
    public IReadOnlyList<Node?> Children { get; init; } = [];
}
