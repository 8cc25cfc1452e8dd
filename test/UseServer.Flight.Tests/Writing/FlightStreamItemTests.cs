using UseServer.Flight.Values;
using UseServer.Flight.Writing;
using static UseServer.Flight.Tests.Writing.FlightOutput;

namespace UseServer.Flight.Tests.Writing;

public class FlightStreamItemTests
{
    [Fact]
    public async Task Binary_items_of_a_readable_stream_are_binary_rows_with_the_stream_id()
    {
        var value = new JsStream(JsStreamKind.ReadableStream, [new JsTypedArray(JsTypedArrayKind.Int16Array, [1, 0]), new JsString("")], null);
        byte[] expected = [.. "1:R\n1:S2,"u8, 1, 0, .. "1:T0,1:C\n0:\"$1\"\n"u8];
        Assert.Equal(expected, await WriteBytesAsync(value));
    }
}
