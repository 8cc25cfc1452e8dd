using System.IO.Pipelines;
using System.Runtime.CompilerServices;
using System.Text;
using UseServer.Flight.Values;
using UseServer.Flight.Writing;
using static UseServer.Flight.Tests.Writing.FlightOutput;

namespace UseServer.Flight.Tests.Writing;

public class FlightAsyncTests
{
    private static readonly TimeSpan s_hang = TimeSpan.FromSeconds(30); // guards a broken writer from hanging the run; never the assertion

    [Fact]
    public async Task A_promise_value_matches_React()
    {
        // prod 07-promise-and-lazy: 0:{"later":"$@1"} 1:"resolved later"
        // An inert JsPromise is already settled: its row precedes the root row that references it.
        string react = "0:{\"later\":\"$@1\"}\n1:\"resolved later\"\n";
        byte[] ours = await WriteBytesAsync(new JsObject([new("later", new JsPromise(new JsString("resolved later")))]));
        Assert.Equal(SortedRows(Encoding.UTF8.GetBytes(react)), SortedRows(ours));
        Assert.Equal("1:\"resolved later\"\n0:{\"later\":\"$@1\"}\n", Encoding.UTF8.GetString(ours));
        Assert.Equal("0:{\"later\":\"$@1\"}\n1:\"resolved later\"\n", await WriteAsync(new { later = Task.FromResult("resolved later") }));
    }

    public readonly record struct Point(int X, int Y);

    [Fact]
    public async Task Tasks_and_value_tasks_of_any_result_type_are_promises()
    {
        var value = new object[]
        {
            Task.CompletedTask,
            Task.FromResult(5),
            new ValueTask<long>(6),
            new ValueTask(),
            Task.FromResult(new Point(1, 2)),
            new ValueTask<Point>(new Point(3, 4)),
            Task.FromResult<object?>(null),
        };
        Assert.Equal(
            "0:[\"$@1\",\"$@2\",\"$@3\",\"$@4\",\"$@5\",\"$@6\",\"$@7\"]\n" +
            "1:\"$undefined\"\n2:5\n3:\"$n6\"\n4:\"$undefined\"\n5:{\"x\":1,\"y\":2}\n6:{\"x\":3,\"y\":4}\n7:null\n",
            await WriteAsync(value));
    }

    [Fact]
    public async Task A_task_row_is_written_when_it_completes_after_the_root_is_flushed()
    {
        var pipe = new Pipe();
        var result = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        Task writing = FlightSerializer.WriteAsync(pipe.Writer, new { later = result.Task }, Options());

        Assert.Equal("0:{\"later\":\"$@1\"}\n", await ReadUntilAsync(pipe.Reader, "\n"));
        result.SetResult("done");
        await writing.WaitAsync(s_hang);
        await pipe.Writer.CompleteAsync();
        Assert.Equal("1:\"done\"\n", Encoding.UTF8.GetString(await ReadAllAsync(pipe.Reader)));
    }

    [Fact]
    public async Task Async_enumerable_items_are_flushed_one_by_one_before_the_next_is_produced()
    {
        var pipe = new Pipe();
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        bool secondProduced = false;

        async IAsyncEnumerable<string> Produce()
        {
            yield return "first";
            await gate.Task; // released only once the test has read the first item from the pipe
            secondProduced = true;
            yield return "second";
        }

        Task writing = FlightSerializer.WriteAsync(pipe.Writer, new { items = Produce() }, Options());
        string head = await ReadUntilAsync(pipe.Reader, "1:T5,first");
        Assert.Equal("1:x\n0:{\"items\":\"$1\"}\n1:T5,first", head);
        Assert.False(secondProduced);

        gate.SetResult();
        await writing.WaitAsync(s_hang);
        await pipe.Writer.CompleteAsync();
        Assert.Equal("1:T6,second1:C\n", Encoding.UTF8.GetString(await ReadAllAsync(pipe.Reader)));
        Assert.True(secondProduced);
    }

    [Fact]
    public async Task Async_enumerables_of_value_types_and_objects_write_model_rows()
    {
        static async IAsyncEnumerable<int> Numbers()
        {
            await Task.Yield();
            yield return 1;
            yield return 2;
        }

        static async IAsyncEnumerable<object> Objects()
        {
            await Task.Yield();
            yield return new { a = 1 };
            yield return new byte[] { 7 };
        }

        Assert.Equal("1:x\n0:\"$1\"\n1:1\n1:2\n1:C\n", await WriteAsync(Numbers()));
        byte[] objects = await WriteBytesAsync(Objects());
        Assert.Equal([.. "1:x\n0:\"$1\"\n1:{\"a\":1}\n1:o1,"u8, 7, .. "1:C\n"u8], objects);
    }

    [Fact]
    public async Task A_failing_async_enumerable_errors_its_stream_after_the_items_it_produced()
    {
        static async IAsyncEnumerable<int> Failing()
        {
            yield return 1;
            await Task.Yield();
            throw new InvalidOperationException("gone");
        }

        Assert.Equal(
            "1:x\n0:\"$1\"\n1:1\n1:E{\"digest\":\"d1\",\"name\":\"Error\",\"message\":\"gone\",\"stack\":[],\"env\":\"Server\",\"owner\":null}\n",
            await WriteAsync(Failing(), Options(detailed: true)));
    }

    private sealed class TrackingStream(byte[] content) : MemoryStream(content)
    {
        public bool Disposed { get; private set; }

        protected override void Dispose(bool disposing)
        {
            Disposed = true;
            base.Dispose(disposing);
        }
    }

    [Fact]
    public async Task A_stream_is_a_byte_stream_of_b_rows_in_chunks_and_is_disposed()
    {
        byte[] content = new byte[FlightStreamRow.ChunkSize + 3];
        content.AsSpan().Fill((byte)'z');
        var stream = new TrackingStream(content);
        byte[] payload = await WriteBytesAsync(new { file = stream });
        Assert.Equal(
            ["1:r\n", "0:{\"file\":\"$1\"}\n", "1:b4000," + new string('z', FlightStreamRow.ChunkSize), "1:b3,zzz", "1:C\n"],
            Rows(payload));
        Assert.True(stream.Disposed);
    }

    [Fact]
    public async Task Cancellation_stops_the_writer_and_releases_the_enumerator()
    {
        var pipe = new Pipe();
        using var cts = new CancellationTokenSource();
        var disposed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        async IAsyncEnumerable<int> Endless([EnumeratorCancellation] CancellationToken token = default)
        {
            try
            {
                yield return 1;
                await Task.Delay(Timeout.Infinite, token);
            }
            finally
            {
                disposed.TrySetResult();
            }
        }

        Task writing = FlightSerializer.WriteAsync(pipe.Writer, Endless(), Options(), cts.Token);
        Assert.Equal("1:x\n0:\"$1\"\n1:1\n", await ReadUntilAsync(pipe.Reader, "1:1\n"));
        await cts.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => writing.WaitAsync(s_hang));
        await disposed.Task.WaitAsync(s_hang);
    }

    private static async Task<string> ReadUntilAsync(PipeReader reader, string marker)
    {
        var text = new StringBuilder();
        while (true)
        {
            ReadResult result = await reader.ReadAsync().AsTask().WaitAsync(s_hang);
            foreach (ReadOnlyMemory<byte> segment in result.Buffer)
            {
                text.Append(Encoding.UTF8.GetString(segment.Span));
            }

            reader.AdvanceTo(result.Buffer.End);
            if (text.ToString().EndsWith(marker, StringComparison.Ordinal) || result.IsCompleted)
            {
                return text.ToString();
            }
        }
    }
}
