using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using UseServer.Flight.Binding;
using UseServer.Flight.Reply;
using UseServer.Flight.Values;

namespace UseServer.Benchmarks;

/// <summary>
/// Decode and bind into the parameters' CLR types, the work a typed server function's call does before it runs (issue
/// #13), on the payloads React's decodeReply is measured on (benchmarks/node/bench-react.mjs): through the value model
/// (decode, then convert) and straight from the tokens (what the host tries first).
/// </summary>
[MemoryDiagnoser]
public class BindingBenchmarks
{
    private readonly object?[] _values = new object?[2];
    private ReplyPayload _payload = null!;
    private ReplyConverter[] _converters = null!;
    private ReplyBindingContext _context = null!;

    [Params("small", "medium", "large")]
    public string Payload { get; set; } = "small";

    [GlobalSetup]
    public void Setup()
    {
        _payload = PayloadFixture.Load(Payload);
        _context = new ReplyBindingContext(new ReplyLimits(), BindingTypesContext.Default.Options);
        _converters = Payload switch
        {
            "small" => [ReplyConverters.Double, ReplyConverters.Double],
            "medium" => [ReplyConverters.Json<Notebook>()],
            _ => [ReplyConverters.Json<LargeArgument>()],
        };
        if (!Direct())
        {
            throw new InvalidOperationException($"The {Payload} payload does not bind straight from tokens.");
        }
    }

    [Benchmark]
    public object? ValueModel()
    {
        var args = (JsArray)ReplyDecoder.Decode(_payload, _context.Limits);
        for (int i = 0; i < args.Count; i++)
        {
            _values[i] = _converters[i].ConvertBoxed(args[i], _context);
        }

        return _values[0];
    }

    [Benchmark]
    public bool Direct() => DirectArgumentReader.TryRead(_payload, _converters, _converters.Length, _context, Stopwatch.GetTimestamp(), default, _values, out _);
}
