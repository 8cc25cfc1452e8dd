namespace UseServer.Components;

/// <summary>
/// Marks a <see cref="ClientComponent"/> class as the C# handle of a client component: an export of a
/// <c>"use client"</c> module of the client app. <c>[ClientComponent("src/components/Button.tsx")]</c> on
/// <c>class Button</c> names the export <c>Button</c> of that module. The app fails at startup when the client
/// build's manifest does not list it.
/// </summary>
/// <param name="module">The module's path relative to the client app's root, with <c>/</c> separators.</param>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ClientComponentAttribute(string module) : Attribute
{
    /// <summary>The module's path relative to the client app's root.</summary>
    public string Module { get; } = module ?? throw new ArgumentNullException(nameof(module));

    /// <summary>The export's name; default: the class name. <c>"default"</c> is the default export.</summary>
    public string? Export { get; init; }
}
