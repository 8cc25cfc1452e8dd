using System.Threading.Channels;

namespace UseServer.Flight.Writing;

/// <summary>
/// A row (or run of rows) that is written when something completes: a task, the next item of an async
/// sequence, the next chunk of a stream. Waiting happens concurrently; writing happens on the serializer's
/// single loop, which reads finished rows from a channel, so one writer touches the output at a time.
/// </summary>
internal abstract class FlightAsyncRow(int id)
{
    /// <summary>The row id the output goes to.</summary>
    public int Id { get; } = id;

    /// <summary>Starts waiting for the next step and posts this row to <paramref name="ready"/> when it can be written.</summary>
    public void Start(ChannelWriter<FlightAsyncRow> ready) => Pending = PostWhenReadyAsync(ready);

    /// <summary>The step in flight, if any.</summary>
    protected Task? Pending { get; private set; }

    /// <summary>Writes what the finished step produced. Returns whether there are more steps to wait for.</summary>
    public abstract bool Write(FlightValueWriter writer);

    /// <summary>Releases the source (an enumerator, a stream) once no step is in flight.</summary>
    public async ValueTask CloseAsync()
    {
        if (Pending is { } pending)
        {
            await pending.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        await DisposeSourceAsync().ConfigureAwait(false);
    }

    /// <summary>Waits for the next step; must not throw (a failure is kept and written as an error row).</summary>
    protected abstract Task WaitAsync();

    /// <summary>Disposes the source.</summary>
    protected virtual ValueTask DisposeSourceAsync() => ValueTask.CompletedTask;

    private async Task PostWhenReadyAsync(ChannelWriter<FlightAsyncRow> ready)
    {
        await WaitAsync().ConfigureAwait(false);
        ready.TryWrite(this);
    }
}
