using System.Buffers;
using System.IO.Pipelines;
using System.Text;
using UseServer.Pages.Rendering;

namespace UseServer.Pages.Tests.Rendering;

public sealed class FlightInlinerTests
{
    [Fact]
    public async Task Payload_chunks_become_single_quoted_script_strings_that_cannot_close_the_script_and_wait_for_the_html()
    {
        var pipe = new Pipe();
        var inliner = new FlightInliner(pipe.Writer, nonce: null);
        string flight = "0:\"</script><!-- \\ \" é 😀 \u2028\u2029\u0001\t\n'\"\n";

        inliner.AddFlight(new ReadOnlySequence<byte>(Encoding.UTF8.GetBytes(flight)));
        inliner.WriteHtml("<!DOCTYPE html><html><body><p>x</p></body></html>"u8);
        inliner.Complete();
        await pipe.Writer.CompleteAsync();
        string html = Encoding.UTF8.GetString((await pipe.Reader.ReadAsync()).Buffer);

        Assert.Equal(
            "<!DOCTYPE html><html><body><p>x</p>" +
            "<script>(self.__useserver_f||=[]).push('0:\"\\u003c/script>\\u003c!-- \\\\ \" é 😀 \\u2028\\u2029\\u0001\\t\\n\\'\"\\n')</script>" +
            "<script>(self.__useserver_f||=[]).push(null)</script></body></html>",
            html);
    }

    [Fact]
    public async Task Other_characters_that_start_like_line_separators_and_long_plain_runs_are_copied_as_they_are()
    {
        var pipe = new Pipe();
        var inliner = new FlightInliner(pipe.Writer, nonce: null);
        string plain = new('a', 300);
        string flight = plain + "€–’\u2028" + plain + "\\u2028 is text" + "€";

        inliner.WriteHtml("<!DOCTYPE html><html><body>"u8);
        inliner.AddFlight(new ReadOnlySequence<byte>(Encoding.UTF8.GetBytes(flight)));
        inliner.Complete();
        await pipe.Writer.CompleteAsync();
        string html = Encoding.UTF8.GetString((await pipe.Reader.ReadAsync()).Buffer);

        Assert.Equal(
            "<!DOCTYPE html><html><body><script>(self.__useserver_f||=[]).push('" + plain + "€–’\\u2028" + plain + "\\\\u2028 is text€')</script>" +
            "<script>(self.__useserver_f||=[]).push(null)</script>",
            html);
    }

    [Fact]
    public async Task Bytes_that_are_not_utf8_travel_as_base64()
    {
        var pipe = new Pipe();
        var inliner = new FlightInliner(pipe.Writer, nonce: "n");

        inliner.WriteHtml("<!DOCTYPE html><html><body>"u8);
        inliner.AddFlight(new ReadOnlySequence<byte>(new byte[] { 0x31, 0x3a, 0xff, 0x00 }));
        inliner.Complete();
        await pipe.Writer.CompleteAsync();
        string html = Encoding.UTF8.GetString((await pipe.Reader.ReadAsync()).Buffer);

        Assert.Equal("<!DOCTYPE html><html><body><script nonce=\"n\">(self.__useserver_f||=[]).push([\"MTr/AA==\"])</script><script nonce=\"n\">(self.__useserver_f||=[]).push(null)</script>", html);
    }

    [Fact]
    public void Many_escapes_are_written_a_block_of_the_writers_memory_at_a_time()
    {
        // A payload of single quotes and backslashes (every one an escape) through a writer with small blocks: the output is
        // the same as through one big block, and it takes one Advance per block, not one per escape.
        string flight = "0:" + string.Concat(Enumerable.Repeat("[\"$\",\"li\",\"k''''''''\\\\\",{}]", 400)) + "\n";
        var small = new BlockRecordingWriter(blockSize: 64);
        var big = new BlockRecordingWriter(blockSize: 1 << 20);
        foreach (BlockRecordingWriter writer in new[] { small, big })
        {
            var inliner = new FlightInliner(writer, nonce: null);
            inliner.WriteHtml("<!DOCTYPE html><html><body>"u8);
            inliner.AddFlight(new ReadOnlySequence<byte>(Encoding.UTF8.GetBytes(flight)));
            inliner.Complete();
        }

        Assert.Equal(Encoding.UTF8.GetString(big.Written.WrittenSpan), Encoding.UTF8.GetString(small.Written.WrittenSpan));
        Assert.Contains("\"li\",\"k\\'\\'\\'\\'\\'\\'\\'\\'\\\\\\\\\"", Encoding.UTF8.GetString(big.Written.WrittenSpan), StringComparison.Ordinal);
        int escapes = flight.Count(c => c is '\'' or '\\');
        Assert.True(small.Advances <= small.Written.WrittenCount / 64 + 4, $"{small.Advances} advances for {small.Written.WrittenCount} bytes");
        Assert.True(small.Advances < escapes / 10, $"{small.Advances} advances for {escapes} escapes");
    }

    /// <summary>A writer whose spans are at most <c>blockSize</c> bytes, counting its Advance calls.</summary>
    private sealed class BlockRecordingWriter(int blockSize) : PipeWriter
    {
        public ArrayBufferWriter<byte> Written { get; } = new();

        public int Advances { get; private set; }

        public override void Advance(int bytes)
        {
            Written.Advance(bytes);
            Advances++;
        }

        public override Memory<byte> GetMemory(int sizeHint = 0) => Written.GetMemory(Math.Max(sizeHint, blockSize))[..Math.Max(sizeHint, blockSize)];

        public override Span<byte> GetSpan(int sizeHint = 0) => GetMemory(sizeHint).Span;

        public override void CancelPendingFlush()
        {
        }

        public override void Complete(Exception? exception = null)
        {
        }

        public override ValueTask<FlushResult> FlushAsync(CancellationToken cancellationToken = default) => new(new FlushResult(false, false));
    }
}
