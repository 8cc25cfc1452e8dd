using UseServer.Flight;

namespace UseServer;

/// <summary>
/// Creates <see cref="ServerReference"/> values that hand a server function to the client (as a prop or a
/// form action), optionally with bound arguments the client can neither read nor forge. Registered by
/// <c>AddServerFunctions()</c> as a singleton. Every method throws <see cref="InvalidOperationException"/> until
/// <c>MapServerFunctions()</c> has mapped the functions.
/// </summary>
public interface IServerFunctionReferences
{
    /// <summary>A reference to a function without bound arguments.</summary>
    /// <param name="functionId">The registered function's ID.</param>
    /// <returns>A reference the Flight writer sends as <c>"$h…"</c>.</returns>
    /// <exception cref="ArgumentException">No function with that ID is registered, or it declares <see cref="BoundAttribute"/> parameters.</exception>
    ServerReference Reference(string functionId);

    /// <summary>
    /// A reference whose bound arguments are sealed: the values are encoded as a reply body, protected with
    /// ASP.NET Data Protection under a purpose that includes <paramref name="functionId"/>, and sent as a
    /// single opaque token. The client's call sends the token first; the server unseals it and binds the
    /// values to the function's <see cref="BoundAttribute"/> parameters.
    /// </summary>
    /// <param name="functionId">The registered function's ID.</param>
    /// <param name="boundArguments">One value per <see cref="BoundAttribute"/> parameter, in order: <see langword="null"/>,
    /// strings, numbers, booleans, enums, <see cref="Guid"/>, dates, <see cref="System.Numerics.BigInteger"/>,
    /// arrays and lists of these, string-keyed dictionaries, and records or classes the JSON options describe.</param>
    /// <returns>A reference the Flight writer sends as <c>"$h…"</c> with one bound argument (the token).</returns>
    /// <exception cref="ArgumentException">The function is unknown, takes another number of bound arguments, or a value cannot be encoded.</exception>
    ServerReference Bind(string functionId, params object?[] boundArguments);

    /// <summary>A reference to a function given as a method group, without bound arguments: <c>Reference(NotesFunctions.CreateNote)</c>.</summary>
    /// <param name="function">A delegate to a <c>[ServerFunction]</c> method (a method group converts to it).</param>
    /// <returns>A reference the Flight writer sends as <c>"$h…"</c>.</returns>
    /// <exception cref="ArgumentException">The method is not a mapped server function, or it declares <see cref="BoundAttribute"/> parameters.</exception>
    ServerReference Reference(Delegate function);

    /// <summary>A reference to a function given as a method group, with sealed bound arguments (see <see cref="Bind(string, object?[])"/>).</summary>
    /// <param name="function">A delegate to a <c>[ServerFunction]</c> method (a method group converts to it).</param>
    /// <param name="boundArguments">One value per <see cref="BoundAttribute"/> parameter, in order.</param>
    /// <returns>A reference the Flight writer sends as <c>"$h…"</c> with one bound argument (the token).</returns>
    /// <exception cref="ArgumentException">The method is not a mapped server function, takes another number of bound arguments, or a value cannot be encoded.</exception>
    ServerReference Bind(Delegate function, params object?[] boundArguments);
}
