namespace UseServer.Flight.Writing;

/// <summary>
/// An async sequence as an async iterator (<c>&lt;id&gt;:x</c>): each item becomes a row with the same id as
/// soon as it is produced (the next item is asked for only after that row is flushed), then <c>&lt;id&gt;:C</c>.
/// A failure becomes <c>&lt;id&gt;:E{…}</c>, which errors the client's iterator.
/// </summary>
internal sealed class FlightAsyncEnumerableRow(int id, IAsyncEnumerable<object?> source, CancellationToken cancellationToken) : FlightAsyncRow(id)
{
    private IAsyncEnumerator<object?>? _enumerator;
    private bool _hasItem;
    private Exception? _error;

    /// <inheritdoc/>
    public override bool Write(FlightValueWriter writer)
    {
        if (_error is not null)
        {
            writer.WriteErrorRow(Id, _error);
            return false;
        }

        if (!_hasItem)
        {
            writer.WriteCloseRow(Id, null);
            return false;
        }

        writer.WriteStreamItem(Id, _enumerator!.Current, byteStream: false);
        return true;
    }

    /// <inheritdoc/>
    protected override async Task WaitAsync()
    {
        try
        {
            _enumerator ??= source.GetAsyncEnumerator(cancellationToken);
            _hasItem = await _enumerator.MoveNextAsync().ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            _error = ex;
        }
    }

    /// <inheritdoc/>
    protected override ValueTask DisposeSourceAsync() => _enumerator?.DisposeAsync() ?? ValueTask.CompletedTask;
}
