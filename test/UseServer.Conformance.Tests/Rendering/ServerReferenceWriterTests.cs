using System.Numerics;
using UseServer.Conformance.Tests.Support;
using UseServer.Flight.Values;

namespace UseServer.Conformance.Tests.Rendering;

/// <summary>
/// A server reference the C# writer emits (with and without bound arguments) decodes, in both React
/// builds, to a function whose call reaches callServer with the reference's id and the bound args first.
/// </summary>
public sealed class ServerReferenceWriterTests(RenderWorker worker) : IClassFixture<RenderWorker>
{
    [Theory]
    [InlineData("production")]
    [InlineData("development")]
    public async Task Calling_a_written_server_reference_reaches_callServer_with_bound_args(string build)
    {
        var value = new JsObject(
        [
            new("plain", new JsServerReference("notes#save", null)),
            new("bound", new JsServerReference("notes#remove", [new JsNumber(41), new JsString("$x"), new JsBigInt(new BigInteger(7))])),
        ]);
        byte[] flight = await FlightBytes.WriteAsync(value);
        var rendered = await worker.RenderAsync(flight, "edge", build);
        Assert.Equal(
            [
                new ServerCall("$.plain", "notes#save", "[\"probe\"]"),
                new ServerCall("$.bound", "notes#remove", "[41,\"$x\",\"7n\",\"probe\"]"),
            ],
            ServerCall.From(rendered));
    }
}
