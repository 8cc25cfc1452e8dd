namespace UseServer.Flight.Writing;

/// <summary><c>$@&lt;id&gt;</c>: the task's result as row <c>id</c>, or an <c>E</c> row when it faults or is cancelled.</summary>
internal sealed class FlightTaskRow(int id, Task task) : FlightAsyncRow(id)
{
    /// <inheritdoc/>
    public override bool Write(FlightValueWriter writer)
    {
        if (task.IsCompletedSuccessfully)
        {
            writer.WriteModelRow(Id, FlightAwaitables.GetResult(task));
        }
        else
        {
            writer.WriteErrorRow(Id, FlightAwaitables.GetError(task));
        }

        return false;
    }

    /// <inheritdoc/>
    protected override ValueTask DisposeSourceAsync()
    {
        _ = task.IsFaulted ? task.Exception : null; // observed even when the response ended before its row was written
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc/>
    protected override Task WaitAsync() => task.ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
}
