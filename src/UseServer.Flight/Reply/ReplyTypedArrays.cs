using UseServer.Flight.Values;

namespace UseServer.Flight.Reply;

/// <summary>The binary tags of the reply table (docs/protocol.md, reply tags). In replies <c>$S</c> is Int16Array and <c>$L</c> Int32Array.</summary>
internal static class ReplyTypedArrays
{
    /// <summary>Maps a tag character to the view it decodes to.</summary>
    public static bool TryGetKind(char tag, out JsTypedArrayKind kind)
    {
        kind = tag switch
        {
            'A' => JsTypedArrayKind.ArrayBuffer,
            'O' => JsTypedArrayKind.Int8Array,
            'o' => JsTypedArrayKind.Uint8Array,
            'U' => JsTypedArrayKind.Uint8ClampedArray,
            'S' => JsTypedArrayKind.Int16Array,
            's' => JsTypedArrayKind.Uint16Array,
            'L' => JsTypedArrayKind.Int32Array,
            'l' => JsTypedArrayKind.Uint32Array,
            'G' => JsTypedArrayKind.Float32Array,
            'g' => JsTypedArrayKind.Float64Array,
            'M' => JsTypedArrayKind.BigInt64Array,
            'm' => JsTypedArrayKind.BigUint64Array,
            'V' => JsTypedArrayKind.DataView,
            _ => (JsTypedArrayKind)(-1),
        };
        return kind >= 0;
    }
}
