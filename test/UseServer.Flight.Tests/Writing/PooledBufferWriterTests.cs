using UseServer.Flight.Writing;

namespace UseServer.Flight.Tests.Writing;

public sealed class PooledBufferWriterTests
{
    [Fact]
    public void Growing_keeps_every_byte_written_in_order()
    {
        using var writer = new PooledBufferWriter(initialSize: 16);
        var expected = new List<byte>();
        for (int i = 0; i < 5000; i++)
        {
            int size = i % 7 + 1;
            Span<byte> span = writer.GetSpan(size);
            Assert.True(span.Length >= size);
            for (int j = 0; j < size; j++)
            {
                span[j] = (byte)(i + j);
                expected.Add((byte)(i + j));
            }

            writer.Advance(size);
        }

        Assert.Equal(expected.Count, writer.WrittenCount);
        Assert.Equal(expected.ToArray(), writer.WrittenSpan.ToArray());
    }

    [Fact]
    public void Advancing_past_what_was_asked_for_throws()
    {
        using var writer = new PooledBufferWriter(initialSize: 16);
        int length = writer.GetMemory(4).Length;

        Assert.Throws<ArgumentOutOfRangeException>(() => writer.Advance(length + 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => writer.Advance(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => writer.GetSpan(-1));
    }

    [Fact]
    public void A_reset_starts_again_and_a_disposed_writer_rents_again_when_written()
    {
        var writer = new PooledBufferWriter(initialSize: 16);
        "abc"u8.CopyTo(writer.GetSpan(3));
        writer.Advance(3);
        writer.ResetWrittenCount();
        "de"u8.CopyTo(writer.GetSpan(2));
        writer.Advance(2);
        Assert.Equal("de"u8.ToArray(), writer.WrittenSpan.ToArray());

        writer.Dispose();
        Assert.Equal(0, writer.WrittenCount);
        Assert.Throws<ArgumentOutOfRangeException>(() => writer.Advance(1)); // the array went back to the pool

        "f"u8.CopyTo(writer.GetSpan());
        writer.Advance(1);
        Assert.Equal("f"u8.ToArray(), writer.WrittenSpan.ToArray());
        writer.Dispose();
    }
}
