using System.Buffers;

namespace UseServer.Flight.Writing;

/// <summary>
/// Bytes written into segments from <see cref="ArrayPool{T}.Shared"/>: a larger one is started when the current one is
/// full (no copy as the content grows), and all go back to the pool on <see cref="Reset"/> or <see cref="Release"/>.
/// One Flight row (<see cref="FlightRowWriter"/>), a response's rows before they go out (<see cref="FlightSerializer"/>),
/// and a page's HTML between flushes (the antiforgery scan) are held this way: each reaches tens or hundreds of KB on every
/// request, which a growing array would allocate anew each time (issue #13).
/// </summary>
internal sealed class PooledSegments(int firstSize = 256) : IBufferWriter<byte>
{
    private const int MaxSegmentSize = 64 * 1024;

    private readonly List<(byte[] Array, int Count)> _filled = [];

    /// <summary>The segment being written (<see cref="FlightRowWriter"/> writes into it directly, without a call per byte).</summary>
    public byte[] Buffer = [];

    /// <summary>Bytes written into <see cref="Buffer"/>.</summary>
    public int Count;

    /// <summary>How many segments hold bytes (the filled ones, then the current one).</summary>
    public int SegmentCount => _filled.Count + 1;

    /// <summary>The bytes of segment <paramref name="index"/>, in write order.</summary>
    public ReadOnlySpan<byte> Segment(int index) =>
        index < _filled.Count ? _filled[index].Array.AsSpan(0, _filled[index].Count) : Buffer.AsSpan(0, Count);

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return Buffer.AsSpan(Count);
    }

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return Buffer.AsMemory(Count);
    }

    public void Advance(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, Buffer.Length - Count);
        Count += count;
    }

    /// <summary>Writes the bytes to <paramref name="sink"/>, in order.</summary>
    public void WriteTo(IBufferWriter<byte> sink)
    {
        foreach (var (array, count) in _filled)
        {
            sink.Write(array.AsSpan(0, count));
        }

        sink.Write(Buffer.AsSpan(0, Count));
    }

    /// <summary>Empties the segments for reuse: the filled ones, and a current one grown large, go back to the pool.</summary>
    public void Reset()
    {
        ReturnFilled();
        Count = 0;
        if (Buffer.Length > firstSize * 16)
        {
            ArrayPool<byte>.Shared.Return(Buffer);
            Buffer = [];
        }
    }

    /// <summary>Gives every segment back (the content is over); writing afterwards rents again.</summary>
    public void Release()
    {
        ReturnFilled();
        if (Buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(Buffer);
        }

        Buffer = [];
        Count = 0;
    }

    private void ReturnFilled()
    {
        foreach (var (array, _) in _filled)
        {
            ArrayPool<byte>.Shared.Return(array);
        }

        _filled.Clear();
    }

    private void Reserve(int sizeHint)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(sizeHint);
        int needed = Math.Max(sizeHint, 1);
        if (Buffer.Length - Count >= needed)
        {
            return;
        }

        int size = Math.Max(needed, Math.Clamp(Buffer.Length * 2, firstSize, MaxSegmentSize));
        if (Count > 0)
        {
            _filled.Add((Buffer, Count));
        }
        else if (Buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(Buffer);
        }

        Buffer = ArrayPool<byte>.Shared.Rent(size);
        Count = 0;
    }
}
