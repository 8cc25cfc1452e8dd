using UseServer.Flight;

namespace UseServer.Components;

/// <summary>Finds the client build's module for a <see cref="ClientComponent"/> class (the Pages host reads its manifest).</summary>
public interface IClientComponentResolver
{
    /// <summary>The reference the Flight writer sends as the element's type (an <c>I</c> row).</summary>
    /// <param name="componentType">A <see cref="ClientComponent"/> class with a <see cref="ClientComponentAttribute"/>.</param>
    /// <returns>The client reference.</returns>
    ClientReference Resolve(Type componentType);
}
