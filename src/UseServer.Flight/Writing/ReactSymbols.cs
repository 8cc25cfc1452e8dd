namespace UseServer.Flight.Writing;

/// <summary>The React symbols a server component can use as element types.</summary>
internal static class ReactSymbols
{
    /// <summary><c>&lt;&gt;…&lt;/&gt;</c>: <c>Symbol.for('react.fragment')</c>.</summary>
    public static ReactSymbol Fragment { get; } = new("react.fragment");

    /// <summary><c>&lt;Suspense&gt;</c>: <c>Symbol.for('react.suspense')</c>.</summary>
    public static ReactSymbol Suspense { get; } = new("react.suspense");
}
