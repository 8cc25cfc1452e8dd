using System.IO.Pipelines;

namespace UseServer.Flight;

/// <summary>Writes a .NET value as a Flight stream whose root row (id 0) is the value itself (protocol.md §B).</summary>
internal static class FlightSerializer
{
    /// <summary>
    /// Writes <paramref name="value"/> as the root row, then every outlined row; <c>Task</c> values and
    /// async streams are written as they complete, flushing after each row.
    /// </summary>
    public static Task WriteAsync(PipeWriter output, object? value, FlightWriterOptions options, CancellationToken cancellationToken = default) =>
        throw new NotImplementedException();

    /// <summary>Writes a root <c>E</c> row for <paramref name="error"/> in the portable shape (protocol.md §B.7).</summary>
    public static Task WriteErrorAsync(PipeWriter output, Exception error, FlightWriterOptions options, CancellationToken cancellationToken = default) =>
        throw new NotImplementedException();
}
