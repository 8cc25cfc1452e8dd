using System.Buffers;
using UseServer.Flight.Writing;

namespace UseServer.Flight.Tests.Writing;

public sealed class PooledSegmentsTests
{
    [Fact]
    public void Growing_keeps_every_byte_in_order_across_segments()
    {
        var segments = new PooledSegments(firstSize: 16);
        var expected = new List<byte>();
        for (int i = 0; i < 50_000; i++)
        {
            int size = i % 7 + 1;
            Span<byte> span = segments.GetSpan(size);
            Assert.True(span.Length >= size);
            for (int j = 0; j < size; j++)
            {
                span[j] = (byte)(i + j);
                expected.Add((byte)(i + j));
            }

            segments.Advance(size);
        }

        var written = new ArrayBufferWriter<byte>();
        segments.WriteTo(written);
        var joined = new List<byte>();
        for (int s = 0; s < segments.SegmentCount; s++)
        {
            joined.AddRange(segments.Segment(s).ToArray());
        }

        Assert.True(segments.SegmentCount > 2, "the content fits one segment: nothing here grows");
        Assert.Equal(expected.ToArray(), written.WrittenSpan.ToArray());
        Assert.Equal(expected, joined);
        segments.Release();
    }

    [Fact]
    public void Advancing_past_what_was_asked_for_throws()
    {
        var segments = new PooledSegments(firstSize: 16);
        int length = segments.GetMemory(4).Length;

        Assert.Throws<ArgumentOutOfRangeException>(() => segments.Advance(length + 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => segments.Advance(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => segments.GetSpan(-1));
        segments.Release();
    }

    [Fact]
    public void A_reset_starts_again_and_released_segments_are_rented_again_when_written()
    {
        var segments = new PooledSegments(firstSize: 16);
        "abc"u8.CopyTo(segments.GetSpan(3));
        segments.Advance(3);
        segments.Reset();
        "de"u8.CopyTo(segments.GetSpan(2));
        segments.Advance(2);
        Assert.Equal("de"u8.ToArray(), segments.Segment(segments.SegmentCount - 1).ToArray());

        segments.Release();
        Assert.Equal(0, segments.Segment(0).Length);
        Assert.Throws<ArgumentOutOfRangeException>(() => segments.Advance(1)); // the segment went back to the pool

        "f"u8.CopyTo(segments.GetSpan());
        segments.Advance(1);
        Assert.Equal("f"u8.ToArray(), segments.Segment(0).ToArray());
        segments.Release();
    }
}
