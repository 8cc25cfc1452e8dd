using System.IO.Pipelines;
using BenchmarkDotNet.Attributes;
using UseServer.Flight;
using UseServer.Flight.Reply;
using UseServer.Flight.Values;
using UseServer.Flight.Writing;

namespace UseServer.Benchmarks;

/// <summary>
/// Decode (reply → value model) and encode (value model → Flight) of the same payloads React's own
/// decodeReply and renderToReadableStream are measured on (benchmarks/node/bench-react.mjs).
/// </summary>
[MemoryDiagnoser]
public class CodecBenchmarks
{
    private readonly ReplyLimits _limits = new();
    private readonly FlightWriterOptions _writerOptions = new();
    private ReplyPayload _payload = null!;
    private JsValue _value = null!;

    [Params("small", "medium", "large")]
    public string Payload { get; set; } = "small";

    [GlobalSetup]
    public void Setup()
    {
        _payload = PayloadFixture.Load(Payload);
        _value = ReplyDecoder.Decode(_payload, _limits);
    }

    [Benchmark]
    public JsValue Decode() => ReplyDecoder.Decode(_payload, _limits);

    [Benchmark]
    public Task Encode()
    {
        var writer = PipeWriter.Create(Stream.Null, new StreamPipeWriterOptions(leaveOpen: true));
        return FlightSerializer.WriteAsync(writer, _value, _writerOptions);
    }
}
