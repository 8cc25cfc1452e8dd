namespace UseServer.Flight;

/// <summary>
/// A server function handed to the client (for example as a form action or an event prop), written as
/// <c>"$h&lt;id&gt;"</c> with the row <c>{"id":…,"bound":null}</c>, or <c>"bound":"$@&lt;k&gt;"</c> plus the
/// row <c>k</c> of bound arguments (docs/protocol.md, "Responses: Flight"). The client calls it through <c>callServer</c>.
/// </summary>
/// <param name="id">The server function's ID.</param>
/// <param name="bound">Arguments bound in front of the caller's, or <see langword="null"/>.</param>
public sealed class ServerReference(string id, IReadOnlyList<object?>? bound = null)
{
    /// <summary>The server function's ID.</summary>
    public string Id { get; } = id ?? throw new ArgumentNullException(nameof(id));

    /// <summary>The bound arguments, or <see langword="null"/>.</summary>
    public IReadOnlyList<object?>? Bound { get; } = bound;
}
