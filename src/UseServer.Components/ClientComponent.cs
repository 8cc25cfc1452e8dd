namespace UseServer.Components;

/// <summary>
/// The C# handle of a client component (<see cref="ClientComponentAttribute"/>): its public properties are the props
/// the client component receives, by camelCase name (<see langword="null"/> ones are left out). Props are what Flight
/// carries: text, numbers, dates, records, arrays, <see cref="Node"/>s (rendered on the server first) and server
/// functions (<c>UseServer.Flight.ServerReference</c>, which the client calls). <c>Children</c> is React's children.
/// </summary>
public abstract class ClientComponent : Node
{
}
