using UseServer.Flight.Values;
using UseServer.Flight.Writing;
using static UseServer.Flight.Tests.Writing.FlightOutput;

namespace UseServer.Flight.Tests.Writing;

public class FlightErrorTests
{
    private const string Hidden = "{\"digest\":\"d1\",\"name\":\"Error\",\"message\":\"\",\"stack\":[],\"env\":\"Server\",\"owner\":null}";

    private const string Shown = "{\"digest\":\"d1\",\"name\":\"Error\",\"message\":\"Boom \\\"from\\\" server\",\"stack\":[],\"env\":\"Server\",\"owner\":null}";

    private static readonly InvalidOperationException s_boom = new("Boom \"from\" server");

    [Fact]
    public async Task Root_error_hides_the_message_by_default() =>
        Assert.Equal("0:E" + Hidden + "\n", await WriteErrorAsync(s_boom, Options()));

    [Fact]
    public async Task Root_error_shows_the_message_with_detailed_errors() =>
        Assert.Equal("0:E" + Shown + "\n", await WriteErrorAsync(s_boom, Options(detailed: true)));

    [Fact]
    public async Task Root_error_shows_the_message_of_exceptions_marked_safe()
    {
        var options = new FlightWriterOptions { ErrorDigest = "d1", IsSafeForClient = e => e is InvalidOperationException };
        Assert.Equal("0:E" + Shown + "\n", await WriteErrorAsync(s_boom, options));
        Assert.Equal("0:E" + Hidden + "\n", await WriteErrorAsync(new ArgumentException("secret"), options));
    }

    [Fact]
    public async Task A_faulted_task_inside_a_value_becomes_an_error_row_for_its_promise()
    {
        // prod 04-error-inside-value has the same rows with React's prod-only E{"digest"}; this is the portable shape.
        Exception? reported = null;
        string output = await WriteAsync(new { returnValue = Task.FromException<int>(s_boom) }, Options(onError: e => reported = e));
        Assert.Equal("0:{\"returnValue\":\"$@1\"}\n1:E" + Hidden + "\n", output);
        Assert.Same(s_boom, reported);
    }

    [Fact]
    public async Task A_faulted_root_task_matches_React_03_in_portable_shape() =>
        Assert.Equal("0:\"$@1\"\n1:E" + Shown + "\n", await WriteAsync(Task.FromException(s_boom), Options(detailed: true)));

    [Fact]
    public async Task A_cancelled_task_becomes_an_error_row() =>
        Assert.Equal("0:\"$@1\"\n1:E" + Hidden + "\n", await WriteAsync(Task.FromCanceled(new CancellationToken(true))));

    [Fact]
    public async Task Exception_values_are_Z_rows_with_the_same_message_policy()
    {
        var value = new { err = s_boom, again = s_boom };
        Assert.Equal(
            "1:{\"name\":\"Error\",\"message\":\"Boom \\\"from\\\" server\",\"stack\":[],\"env\":\"Server\"}\n0:{\"err\":\"$Z1\",\"again\":\"$0:err\"}\n",
            await WriteAsync(value, Options(detailed: true)));
        Assert.Equal(
            "1:{\"name\":\"Error\",\"message\":\"\",\"stack\":[],\"env\":\"Server\"}\n0:\"$Z1\"\n",
            await WriteAsync(new ArgumentException("secret")));
    }

    public sealed class Throwing
    {
        public int Fine => 1;

        public Dictionary<int, int> Map => new() { [1] = 2 };

        public int Broken => throw new InvalidOperationException("getter");
    }

    [Fact]
    public async Task A_getter_that_throws_replaces_the_whole_row_with_an_error_and_leaves_nothing_torn()
    {
        Exception? reported = null;
        string output = await WriteAsync(new object[] { "a", new Throwing() }, Options(onError: e => reported = e));
        Assert.Equal("0:E" + Hidden + "\n", output);
        Assert.Equal("getter", reported?.Message);
    }

    [Fact]
    public async Task A_value_that_fails_inside_a_task_result_errors_only_that_promise()
    {
        var shared = new JsObject([]);
        var value = new object?[] { shared, Task.FromResult<object?>(new object?[] { shared, new Throwing() }), Task.FromResult<object?>(shared) };
        Assert.Equal("0:[{},\"$@1\",\"$@2\"]\n1:E" + Hidden + "\n2:\"$0:0\"\n", await WriteAsync(value));
    }

    [Fact]
    public async Task A_type_without_metadata_fails_clearly()
    {
        Exception? reported = null;
        await WriteAsync(new Throwing(), new FlightWriterOptions { OnError = e => reported = e });
        Assert.Contains("JsonOptions", Assert.IsType<FlightSerializationException>(reported).Message, StringComparison.Ordinal);
    }

    private sealed class DisposeTrackingStream() : MemoryStream([1])
    {
        public bool Disposed { get; private set; }

        protected override void Dispose(bool disposing)
        {
            Disposed = true;
            base.Dispose(disposing);
        }
    }

    [Fact]
    public async Task A_stream_in_a_row_that_failed_is_released_and_never_referenced()
    {
        var stream = new DisposeTrackingStream();
        string output = await WriteAsync(new object[] { stream, new Throwing() });
        Assert.Equal("0:E" + Hidden + "\n", output);
        Assert.True(stream.Disposed);
    }
}
