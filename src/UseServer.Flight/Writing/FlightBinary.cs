using UseServer.Flight.Values;

namespace UseServer.Flight.Writing;

/// <summary>Binary values and their row tags (docs/protocol.md, "Responses: Flight"): the typed array kinds, byte arrays and byte memory.</summary>
internal static class FlightBinary
{
    /// <summary>The row tag of <paramref name="kind"/>.</summary>
    public static byte Tag(JsTypedArrayKind kind) => kind switch
    {
        JsTypedArrayKind.ArrayBuffer => FlightRowTags.ArrayBuffer,
        JsTypedArrayKind.Int8Array => FlightRowTags.Int8Array,
        JsTypedArrayKind.Uint8Array => FlightRowTags.Uint8Array,
        JsTypedArrayKind.Uint8ClampedArray => FlightRowTags.Uint8ClampedArray,
        JsTypedArrayKind.Int16Array => FlightRowTags.Int16Array,
        JsTypedArrayKind.Uint16Array => FlightRowTags.Uint16Array,
        JsTypedArrayKind.Int32Array => FlightRowTags.Int32Array,
        JsTypedArrayKind.Uint32Array => FlightRowTags.Uint32Array,
        JsTypedArrayKind.Float32Array => FlightRowTags.Float32Array,
        JsTypedArrayKind.Float64Array => FlightRowTags.Float64Array,
        JsTypedArrayKind.BigInt64Array => FlightRowTags.BigInt64Array,
        JsTypedArrayKind.BigUint64Array => FlightRowTags.BigUint64Array,
        JsTypedArrayKind.DataView => FlightRowTags.DataView,
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>The tag and bytes of a binary value: a <see cref="JsTypedArray"/>, or .NET bytes as a <c>Uint8Array</c>.</summary>
    public static bool TryGet(object? value, out byte tag, out ReadOnlyMemory<byte> bytes)
    {
        switch (value)
        {
            case JsTypedArray ta: tag = Tag(ta.ArrayKind); bytes = ta.Bytes; return true;
            case byte[] array: tag = FlightRowTags.Uint8Array; bytes = array; return true;
            case ReadOnlyMemory<byte> rom: tag = FlightRowTags.Uint8Array; bytes = rom; return true;
            case Memory<byte> mem: tag = FlightRowTags.Uint8Array; bytes = mem; return true;
            case ArraySegment<byte> seg: tag = FlightRowTags.Uint8Array; bytes = seg; return true;
            default: tag = 0; bytes = default; return false;
        }
    }
}
