using System.Buffers;

namespace UseServer.Flight.Writing;

/// <summary>
/// A .NET <see cref="Stream"/> as a byte <c>ReadableStream</c> (<c>&lt;id&gt;:r</c>): each read becomes a
/// <c>b</c> row as soon as it returns, never buffered whole, then <c>&lt;id&gt;:C</c>. The stream is disposed
/// at the end, as ASP.NET Core's file results do.
/// </summary>
internal sealed class FlightStreamRow(int id, Stream stream, CancellationToken cancellationToken) : FlightAsyncRow(id)
{
    /// <summary>The most bytes one <c>b</c> row carries.</summary>
    public const int ChunkSize = 16 * 1024;

    private byte[]? _buffer;
    private int _read;
    private Exception? _error;

    /// <inheritdoc/>
    public override bool Write(FlightValueWriter writer)
    {
        if (_error is not null)
        {
            writer.WriteErrorRow(Id, _error);
            return false;
        }

        if (_read == 0)
        {
            writer.WriteCloseRow(Id, null);
            return false;
        }

        writer.WriteStreamItem(Id, new ReadOnlyMemory<byte>(_buffer, 0, _read), byteStream: true);
        return true;
    }

    /// <inheritdoc/>
    protected override async Task WaitAsync()
    {
        try
        {
            _buffer ??= ArrayPool<byte>.Shared.Rent(ChunkSize);
            _read = await stream.ReadAsync(_buffer.AsMemory(0, ChunkSize), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            _error = ex;
        }
    }

    /// <inheritdoc/>
    protected override async ValueTask DisposeSourceAsync()
    {
        await stream.DisposeAsync().ConfigureAwait(false);
        if (_buffer is not null)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = null;
        }
    }
}
