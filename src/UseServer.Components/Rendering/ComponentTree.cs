using System.Reflection;

namespace UseServer.Components.Rendering;

/// <summary>Turns a server component tree into what the Flight writer sends (docs/protocol.md, "Responses: Flight").</summary>
public static class ComponentTree
{
    /// <summary>
    /// The Flight value of <paramref name="root"/>: host elements become React elements, server components are run
    /// (an async one becomes a lazy part, a <c>$L</c> row that streams in when it completes, its siblings running
    /// meanwhile), client components become elements whose type is their client reference. Put the result anywhere in a
    /// value the Flight writer sends.
    /// </summary>
    /// <param name="root">The tree.</param>
    /// <param name="context">Services, cancellation, the client component resolver.</param>
    /// <returns>The value to write.</returns>
    public static object? ToFlightValue(Node? root, ComponentRenderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new TreeConverter(context).Convert(root, 0);
    }

    /// <summary>Every <see cref="ClientComponentAttribute"/> class of <paramref name="assembly"/>.</summary>
    /// <param name="assembly">An app assembly.</param>
    /// <returns>The client component classes.</returns>
    public static IEnumerable<Type> FindClientComponents(Assembly assembly) => ClientComponentProps.Find(assembly);
}
