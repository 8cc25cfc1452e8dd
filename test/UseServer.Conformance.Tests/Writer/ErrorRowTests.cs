using System.IO.Pipelines;
using UseServer.Conformance.Tests.RoundTrip;
using UseServer.Flight;
using UseServer.Flight.Writing;

namespace UseServer.Conformance.Tests.Writer;

/// <summary>
/// The C# error row (WriteErrorAsync) is the portable shape: both React builds reject the root with it
/// (production with its generic #441 message, development with the message when it may be shown), the
/// digest reaches both, and a message that must not be shown never reaches the client.
/// </summary>
public sealed class ErrorRowTests(RoundTripWorker worker) : IClassFixture<RoundTripWorker>
{
    private const string Secret = "Boom: connection string Server=db;Password=hunter2";

    private static async Task<byte[]> WriteErrorAsync(FlightWriterOptions options)
    {
        using var stream = new MemoryStream();
        var writer = PipeWriter.Create(stream, new StreamPipeWriterOptions(leaveOpen: true));
        await FlightSerializer.WriteErrorAsync(writer, new InvalidOperationException(Secret), options);
        await writer.CompleteAsync();
        return stream.ToArray();
    }

    [Fact]
    public async Task Detailed_errors_reject_with_the_message_in_development_and_the_digest_everywhere()
    {
        byte[] flight = await WriteErrorAsync(new FlightWriterOptions { DetailedErrors = true, ErrorDigest = "trace-1" });
        foreach (var read in (await worker.OutcomesAsync(flight)).EnumerateObject())
        {
            Assert.False(read.Value.GetProperty("ok").GetBoolean(), $"{read.Name}: the root resolved instead of rejecting");
            Assert.Equal("trace-1", read.Value.GetProperty("digest").GetString());
            string message = read.Value.GetProperty("message").GetString()!;
            if (read.Name.StartsWith("development", StringComparison.Ordinal))
            {
                Assert.Equal(Secret, message);
            }
            else
            {
                Assert.Contains("#441", message, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task Without_detailed_errors_no_client_sees_the_message()
    {
        byte[] flight = await WriteErrorAsync(new FlightWriterOptions { ErrorDigest = "trace-2" });
        Assert.DoesNotContain("hunter2", System.Text.Encoding.UTF8.GetString(flight), StringComparison.Ordinal);
        foreach (var read in (await worker.OutcomesAsync(flight)).EnumerateObject())
        {
            Assert.False(read.Value.GetProperty("ok").GetBoolean(), $"{read.Name}: the root resolved instead of rejecting");
            Assert.Equal("trace-2", read.Value.GetProperty("digest").GetString());
            Assert.DoesNotContain("hunter2", read.Value.GetProperty("message").GetString()!, StringComparison.Ordinal);
        }
    }
}
