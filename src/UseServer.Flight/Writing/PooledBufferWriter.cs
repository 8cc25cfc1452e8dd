using System.Buffers;

namespace UseServer.Flight.Writing;

/// <summary>
/// An <see cref="IBufferWriter{T}"/> over one array rented from <see cref="ArrayPool{T}.Shared"/>, grown by renting a
/// larger one: the scratch of a Flight response or a page, which reaches tens or hundreds of KB on every request, so
/// a growing <see cref="ArrayBufferWriter{T}"/> allocated (and for large responses put on the large-object heap)
/// every size up to it each time (issue #13). <see cref="Dispose"/> gives the array back; writing after it rents again.
/// </summary>
internal sealed class PooledBufferWriter(int initialSize) : IBufferWriter<byte>, IDisposable
{
    private byte[] _buffer = [];
    private int _written;

    /// <summary>The bytes written since the last reset.</summary>
    public ReadOnlySpan<byte> WrittenSpan => _buffer.AsSpan(0, _written);

    /// <summary>How many bytes were written since the last reset.</summary>
    public int WrittenCount => _written;

    public void Advance(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, _buffer.Length - _written);
        _written += count;
    }

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        int start = Ensure(sizeHint); // first: it may replace the array
        return _buffer.AsMemory(start);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        int start = Ensure(sizeHint);
        return _buffer.AsSpan(start);
    }

    /// <summary>Starts again at the beginning, keeping the array.</summary>
    public void ResetWrittenCount() => _written = 0;

    /// <summary>Gives the array back to the pool.</summary>
    public void Dispose()
    {
        if (_buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
        }

        _buffer = [];
        _written = 0;
    }

    /// <summary>Room for at least <paramref name="sizeHint"/> more bytes (one, for none); returns where they go.</summary>
    private int Ensure(int sizeHint)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(sizeHint);
        long needed = _written + (long)Math.Max(sizeHint, 1); // in long: a huge hint or a doubling must not wrap around
        if (needed > _buffer.Length)
        {
            long size = Math.Min(Array.MaxLength, Math.Max(needed, Math.Max(initialSize, _buffer.Length * 2L)));
            if (size < needed)
            {
                throw new InvalidOperationException($"A buffer cannot hold {needed} bytes.");
            }

            byte[] larger = ArrayPool<byte>.Shared.Rent((int)size);
            WrittenSpan.CopyTo(larger);
            if (_buffer.Length > 0)
            {
                ArrayPool<byte>.Shared.Return(_buffer);
            }

            _buffer = larger;
        }

        return _written;
    }
}
