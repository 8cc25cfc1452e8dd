namespace UseServer.Flight.Writing;

/// <summary>
/// A result value the Flight writer cannot express so that React's client rebuilds it: a <c>Map</c> or
/// <c>Set</c> that contains itself, a cycle through a place no path reference can name (a key containing
/// <c>:</c>, a stream item), nesting deeper than <see cref="FlightValueWriter.MaxDepth"/>, or an unsupported type.
/// Thrown before the offending row is written; the host turns it into an error row.
/// </summary>
internal sealed class FlightSerializationException(string message) : NotSupportedException(message);
