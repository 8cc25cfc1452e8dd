namespace UseServer.Flight.Writing;

/// <summary>A global JavaScript symbol, <c>Symbol.for(name)</c>, written as <c>"$S&lt;name&gt;"</c>.</summary>
/// <param name="name">The symbol's registry key, such as <c>react.fragment</c>.</param>
internal sealed class ReactSymbol(string name)
{
    /// <summary>The registry key passed to <c>Symbol.for</c>.</summary>
    public string Name { get; } = name ?? throw new ArgumentNullException(nameof(name));

    /// <inheritdoc/>
    public override string ToString() => "Symbol(" + Name + ")";
}
