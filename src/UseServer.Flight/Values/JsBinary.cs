namespace UseServer.Flight.Values;

/// <summary>Which binary view a <see cref="JsTypedArray"/> is.</summary>
public enum JsTypedArrayKind
{
    /// <summary><c>ArrayBuffer</c> (reply tag <c>$A</c>, Flight row <c>A</c>).</summary>
    ArrayBuffer,

    /// <summary><c>Int8Array</c> (<c>O</c>).</summary>
    Int8Array,

    /// <summary><c>Uint8Array</c> (<c>o</c>).</summary>
    Uint8Array,

    /// <summary><c>Uint8ClampedArray</c> (<c>U</c>).</summary>
    Uint8ClampedArray,

    /// <summary><c>Int16Array</c> (<c>S</c>).</summary>
    Int16Array,

    /// <summary><c>Uint16Array</c> (<c>s</c>).</summary>
    Uint16Array,

    /// <summary><c>Int32Array</c> (<c>L</c>).</summary>
    Int32Array,

    /// <summary><c>Uint32Array</c> (<c>l</c>).</summary>
    Uint32Array,

    /// <summary><c>Float32Array</c> (<c>G</c>).</summary>
    Float32Array,

    /// <summary><c>Float64Array</c> (<c>g</c>).</summary>
    Float64Array,

    /// <summary><c>BigInt64Array</c> (<c>M</c>).</summary>
    BigInt64Array,

    /// <summary><c>BigUint64Array</c> (<c>m</c>).</summary>
    BigUint64Array,

    /// <summary><c>DataView</c> (<c>V</c>).</summary>
    DataView,
}

/// <summary>An <c>ArrayBuffer</c>, a typed array or a <c>DataView</c>: its kind and exactly the bytes of the view (little-endian).</summary>
public sealed class JsTypedArray : JsValue
{
    /// <summary>Creates a view of <paramref name="kind"/> over <paramref name="bytes"/> (copied).</summary>
    /// <exception cref="ArgumentException">The length is not a multiple of the element size.</exception>
    public JsTypedArray(JsTypedArrayKind kind, ReadOnlySpan<byte> bytes)
        : this(kind, (ReadOnlyMemory<byte>)bytes.ToArray())
    {
    }

    internal JsTypedArray(JsTypedArrayKind kind, ReadOnlyMemory<byte> bytes)
    {
        if (bytes.Length % ElementSize(kind) != 0)
        {
            throw new ArgumentException($"{kind} needs a byte length that is a multiple of {ElementSize(kind)}.", nameof(bytes));
        }

        ArrayKind = kind;
        Bytes = bytes;
    }

    /// <summary>Which view this is.</summary>
    public JsTypedArrayKind ArrayKind { get; }

    /// <summary>The bytes of the view.</summary>
    public ReadOnlyMemory<byte> Bytes { get; }

    /// <inheritdoc/>
    public override JsValueKind Kind => JsValueKind.TypedArray;

    /// <summary>The size in bytes of one element of <paramref name="kind"/> (1 for buffers and data views).</summary>
    public static int ElementSize(JsTypedArrayKind kind) => kind switch
    {
        JsTypedArrayKind.Int16Array or JsTypedArrayKind.Uint16Array => 2,
        JsTypedArrayKind.Int32Array or JsTypedArrayKind.Uint32Array or JsTypedArrayKind.Float32Array => 4,
        JsTypedArrayKind.Float64Array or JsTypedArrayKind.BigInt64Array or JsTypedArrayKind.BigUint64Array => 8,
        _ => 1,
    };
}

/// <summary>A JavaScript <c>Blob</c>, or a <c>File</c> when <see cref="FileName"/> is set.</summary>
public sealed class JsBlob : JsValue
{
    /// <summary>Creates a blob (or a file when <paramref name="fileName"/> is not null) over <paramref name="content"/>.</summary>
    public JsBlob(ReadOnlyMemory<byte> content, string contentType, string? fileName = null)
    {
        ArgumentNullException.ThrowIfNull(contentType);
        Content = content;
        ContentType = contentType;
        FileName = fileName;
    }

    /// <summary>The bytes.</summary>
    public ReadOnlyMemory<byte> Content { get; }

    /// <summary>The MIME type; empty when the client gave none.</summary>
    public string ContentType { get; }

    /// <summary>The file name for a <c>File</c>; <see langword="null"/> for a plain <c>Blob</c>.</summary>
    public string? FileName { get; }

    /// <summary>The length in bytes.</summary>
    public long Length => Content.Length;

    /// <inheritdoc/>
    public override JsValueKind Kind => JsValueKind.Blob;

    /// <summary>Opens a read-only stream over the content.</summary>
    public Stream OpenReadStream() => new ReadOnlyMemoryStream(Content);
}
