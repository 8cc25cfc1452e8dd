using System.Buffers.Binary;
using UseServer.Flight.Values;

namespace UseServer.Flight.Binding;

/// <summary>
/// The elements of a typed array as the values JavaScript would read from it (numbers, or bigints for the
/// 64-bit kinds), so that <c>int[]</c>, <c>List&lt;float&gt;</c> or a record's <c>long[]</c> bind from an
/// <c>Int32Array</c>, <c>Float32Array</c> or <c>BigInt64Array</c> as from an array of numbers.
/// </summary>
internal static class TypedArrayElements
{
    /// <summary>Whether <paramref name="kind"/> has elements: an <c>ArrayBuffer</c> or <c>DataView</c> is only bytes.</summary>
    public static bool HasElements(JsTypedArrayKind kind) => kind is not (JsTypedArrayKind.ArrayBuffer or JsTypedArrayKind.DataView);

    public static JsValue[] Read(JsTypedArray array)
    {
        var bytes = array.Bytes.Span;
        int size = JsTypedArray.ElementSize(array.ArrayKind);
        var result = new JsValue[bytes.Length / size];
        for (int i = 0; i < result.Length; i++)
        {
            result[i] = Element(array.ArrayKind, bytes.Slice(i * size, size));
        }

        return result;
    }

    private static JsValue Element(JsTypedArrayKind kind, ReadOnlySpan<byte> e) => kind switch
    {
        JsTypedArrayKind.Int8Array => new JsNumber((sbyte)e[0]),
        JsTypedArrayKind.Uint8Array or JsTypedArrayKind.Uint8ClampedArray => new JsNumber(e[0]),
        JsTypedArrayKind.Int16Array => new JsNumber(BinaryPrimitives.ReadInt16LittleEndian(e)),
        JsTypedArrayKind.Uint16Array => new JsNumber(BinaryPrimitives.ReadUInt16LittleEndian(e)),
        JsTypedArrayKind.Int32Array => new JsNumber(BinaryPrimitives.ReadInt32LittleEndian(e)),
        JsTypedArrayKind.Uint32Array => new JsNumber(BinaryPrimitives.ReadUInt32LittleEndian(e)),
        JsTypedArrayKind.Float32Array => new JsNumber(BinaryPrimitives.ReadSingleLittleEndian(e)),
        JsTypedArrayKind.Float64Array => new JsNumber(BinaryPrimitives.ReadDoubleLittleEndian(e)),
        JsTypedArrayKind.BigInt64Array => new JsBigInt(BinaryPrimitives.ReadInt64LittleEndian(e)),
        JsTypedArrayKind.BigUint64Array => new JsBigInt(BinaryPrimitives.ReadUInt64LittleEndian(e)),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Buffers and data views have no elements."),
    };
}
