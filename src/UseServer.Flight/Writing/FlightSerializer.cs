using System.IO.Pipelines;
using System.Threading.Channels;

namespace UseServer.Flight.Writing;

/// <summary>Writes a .NET value as a Flight stream whose root row (id 0) is the value itself (docs/protocol.md, "Responses: Flight").</summary>
internal static class FlightSerializer
{
    /// <summary>
    /// Writes <paramref name="value"/> as the root row, then every outlined row; <c>Task</c> values and
    /// async streams are written as they complete, flushing after each row.
    /// </summary>
    /// <remarks>
    /// The rows known synchronously are written and flushed first. Then tasks, async sequences and streams are
    /// awaited concurrently while one loop writes each finished row and flushes, so the output has one writer.
    /// A value that fails while being written (a getter throws, a cycle cannot be expressed) becomes an
    /// <c>E</c> row for its row id: rows are built in a scratch buffer and copied out whole, so nothing torn
    /// reaches the client. Cancellation stops the loop and releases the open sources.
    /// </remarks>
    public static async Task WriteAsync(PipeWriter output, object? value, FlightWriterOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(options);
        var scratch = new PooledSegments(4096); // rows are built here and copied out whole
        var writer = new FlightValueWriter(new FlightRowWriter(scratch), options, cancellationToken);
        var ready = Channel.CreateUnbounded<FlightAsyncRow>(new UnboundedChannelOptions { SingleReader = true });
        var open = new HashSet<FlightAsyncRow>();
        try
        {
            WriteBatch(writer, scratch, output, 0, value, row: null, cancellationToken);
            StartDiscovered(writer, ready.Writer, open);
            if (!await FlushAsync(output, cancellationToken).ConfigureAwait(false))
            {
                return;
            }

            while (open.Count > 0)
            {
                FlightAsyncRow row = await ready.Reader.ReadAsync(cancellationToken).ConfigureAwait(false);
                bool more = WriteBatch(writer, scratch, output, row.Id, null, row, cancellationToken);
                if (!await FlushAsync(output, cancellationToken).ConfigureAwait(false))
                {
                    return;
                }

                if (more)
                {
                    row.Start(ready.Writer); // the next item is asked for only after this one is flushed
                }
                else
                {
                    open.Remove(row);
                    await row.CloseAsync().ConfigureAwait(false);
                }

                StartDiscovered(writer, ready.Writer, open);
            }
        }
        finally
        {
            scratch.Release();
            foreach (FlightAsyncRow row in open)
            {
                _ = row.CloseAsync().AsTask(); // releases once any step in flight settles; never throws
            }
        }
    }

    /// <summary>Writes a root <c>E</c> row for <paramref name="error"/> in the portable shape (docs/protocol.md, "Responses: Flight").</summary>
    public static async Task WriteErrorAsync(PipeWriter output, Exception error, FlightWriterOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(options);
        new FlightValueWriter(new FlightRowWriter(output), options, cancellationToken).WriteErrorRow(0, error, report: false);
        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes one group of rows (the root, or one async step) whole, or an <c>E</c> row for <paramref name="id"/> instead.</summary>
    private static bool WriteBatch(
        FlightValueWriter writer, PooledSegments scratch, PipeWriter output, int id, object? value, FlightAsyncRow? row, CancellationToken cancellationToken)
    {
        bool more = false;
        writer.BeginBatch();
        try
        {
            if (row is null)
            {
                writer.WriteModelRow(id, value);
            }
            else
            {
                more = row.Write(writer);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            scratch.Reset();
            writer.RollbackBatch();
            writer.WriteErrorRow(id, ex);
            more = false;
        }

        scratch.WriteTo(output);
        scratch.Reset();
        return more;
    }

    private static void StartDiscovered(FlightValueWriter writer, ChannelWriter<FlightAsyncRow> ready, HashSet<FlightAsyncRow> open)
    {
        foreach (FlightAsyncRow row in writer.Discovered)
        {
            open.Add(row);
            row.Start(ready);
        }

        writer.Discovered.Clear();
    }

    /// <summary>Flushes; false when the reader is gone (the client disconnected).</summary>
    private static async ValueTask<bool> FlushAsync(PipeWriter output, CancellationToken cancellationToken)
    {
        FlushResult result = await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        return !result.IsCompleted && !result.IsCanceled;
    }
}
