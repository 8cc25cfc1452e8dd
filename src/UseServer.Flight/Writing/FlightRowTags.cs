namespace UseServer.Flight.Writing;

/// <summary>The row tag bytes of a Flight response (docs/protocol.md, "Responses: Flight"). Only the portable subset is listed: no D/J/W/N rows.</summary>
internal static class FlightRowTags
{
    /// <summary><c>&lt;id&gt;:I[moduleId,chunks,exportName]</c>: a client module import.</summary>
    public const byte Import = (byte)'I';

    /// <summary><c>&lt;id&gt;:E{...}</c>: rejects chunk <c>id</c> with an error.</summary>
    public const byte Error = (byte)'E';

    /// <summary><c>&lt;id&gt;:T&lt;hexlen&gt;,&lt;utf8&gt;</c>: a string chunk, length in bytes, no newline.</summary>
    public const byte Text = (byte)'T';

    /// <summary><c>ArrayBuffer</c> binary row.</summary>
    public const byte ArrayBuffer = (byte)'A';

    /// <summary><c>Int8Array</c> binary row.</summary>
    public const byte Int8Array = (byte)'O';

    /// <summary><c>Uint8Array</c> binary row.</summary>
    public const byte Uint8Array = (byte)'o';

    /// <summary><c>Uint8ClampedArray</c> binary row.</summary>
    public const byte Uint8ClampedArray = (byte)'U';

    /// <summary><c>Int16Array</c> binary row.</summary>
    public const byte Int16Array = (byte)'S';

    /// <summary><c>Uint16Array</c> binary row.</summary>
    public const byte Uint16Array = (byte)'s';

    /// <summary><c>Int32Array</c> binary row.</summary>
    public const byte Int32Array = (byte)'L';

    /// <summary><c>Uint32Array</c> binary row.</summary>
    public const byte Uint32Array = (byte)'l';

    /// <summary><c>Float32Array</c> binary row.</summary>
    public const byte Float32Array = (byte)'G';

    /// <summary><c>Float64Array</c> binary row.</summary>
    public const byte Float64Array = (byte)'g';

    /// <summary><c>BigInt64Array</c> binary row.</summary>
    public const byte BigInt64Array = (byte)'M';

    /// <summary><c>BigUint64Array</c> binary row.</summary>
    public const byte BigUint64Array = (byte)'m';

    /// <summary><c>DataView</c> binary row.</summary>
    public const byte DataView = (byte)'V';

    /// <summary>One chunk of bytes enqueued to the byte stream with the same id.</summary>
    public const byte ByteChunk = (byte)'b';

    /// <summary><c>&lt;id&gt;:R</c>: chunk <c>id</c> becomes a <c>ReadableStream</c>; later same-id rows are its items.</summary>
    public const byte ReadableStream = (byte)'R';

    /// <summary><c>&lt;id&gt;:r</c>: a byte <c>ReadableStream</c>; its items are <c>b</c> rows.</summary>
    public const byte ByteStream = (byte)'r';

    /// <summary><c>&lt;id&gt;:X</c>: a multi-shot async iterable.</summary>
    public const byte AsyncIterable = (byte)'X';

    /// <summary><c>&lt;id&gt;:x</c>: an async iterator (one-shot, its own iterable).</summary>
    public const byte AsyncIterator = (byte)'x';

    /// <summary><c>&lt;id&gt;:C</c> or <c>&lt;id&gt;:C&lt;json&gt;</c>: closes the stream or iterable <c>id</c>.</summary>
    public const byte Close = (byte)'C';
}

/// <summary>
/// The <c>$</c> tags of values inside a model row (docs/protocol.md, "Responses: Flight"), pre-encoded. Prefixes are followed by a
/// lowercase hex row id (or a path, a date, digits) inside the same JSON string.
/// </summary>
internal static class FlightValueTags
{
    /// <summary><c>"$undefined"</c>: undefined (an object property holding it is deleted by the client).</summary>
    public static ReadOnlySpan<byte> Undefined => "\"$undefined\""u8;

    /// <summary><c>"$NaN"</c>.</summary>
    public static ReadOnlySpan<byte> NaN => "\"$NaN\""u8;

    /// <summary><c>"$Infinity"</c>.</summary>
    public static ReadOnlySpan<byte> Infinity => "\"$Infinity\""u8;

    /// <summary><c>"$-Infinity"</c>.</summary>
    public static ReadOnlySpan<byte> NegativeInfinity => "\"$-Infinity\""u8;

    /// <summary><c>"$-0"</c>: negative zero, which JSON cannot carry.</summary>
    public static ReadOnlySpan<byte> NegativeZero => "\"$-0\""u8;

    /// <summary><c>"$"</c> as the first slot of an element array: <c>Symbol.for('react.transitional.element')</c>.</summary>
    public static ReadOnlySpan<byte> ElementMarker => "\"$\""u8;

    /// <summary><c>$&lt;id&gt;</c> or <c>$&lt;id&gt;:k:k</c>: the value of a row, or a path inside it.</summary>
    public static ReadOnlySpan<byte> Reference => "$"u8;

    /// <summary><c>$$</c>: a string that itself begins with <c>$</c> gets one more.</summary>
    public static ReadOnlySpan<byte> EscapedDollar => "$"u8;

    /// <summary><c>$L&lt;id&gt;</c>: lazy reference; used for client references in an element's type slot.</summary>
    public static ReadOnlySpan<byte> Lazy => "$L"u8;

    /// <summary><c>$@&lt;id&gt;</c>: a promise settled by row <c>id</c>.</summary>
    public static ReadOnlySpan<byte> Promise => "$@"u8;

    /// <summary><c>$h&lt;id&gt;</c>: a server reference whose row is <c>{"id","bound"}</c>.</summary>
    public static ReadOnlySpan<byte> ServerReference => "$h"u8;

    /// <summary><c>$Q&lt;id&gt;</c>: a <c>Map</c> built from the row's <c>[[k,v],…]</c>.</summary>
    public static ReadOnlySpan<byte> Map => "$Q"u8;

    /// <summary><c>$W&lt;id&gt;</c>: a <c>Set</c> built from the row's array.</summary>
    public static ReadOnlySpan<byte> Set => "$W"u8;

    /// <summary><c>$K&lt;id&gt;</c>: a <c>FormData</c> built from the row's <c>[[name,value],…]</c>.</summary>
    public static ReadOnlySpan<byte> FormData => "$K"u8;

    /// <summary><c>$B&lt;id&gt;</c>: a <c>Blob</c> from the row's <c>["type","$&lt;binary row&gt;"]</c>.</summary>
    public static ReadOnlySpan<byte> Blob => "$B"u8;

    /// <summary><c>$i&lt;id&gt;</c>: a synchronous iterator over the row's array.</summary>
    public static ReadOnlySpan<byte> Iterator => "$i"u8;

    /// <summary><c>$Z&lt;id&gt;</c>: an Error value (not thrown) from the row's <c>{"name","message","stack","env"}</c>.</summary>
    public static ReadOnlySpan<byte> ErrorValue => "$Z"u8;

    /// <summary><c>$n&lt;decimal digits&gt;</c>: a bigint.</summary>
    public static ReadOnlySpan<byte> BigInt => "$n"u8;

    /// <summary><c>$D&lt;toISOString&gt;</c>: a Date.</summary>
    public static ReadOnlySpan<byte> Date => "$D"u8;

    /// <summary><c>$T&lt;path&gt;</c>: the client's own value from its temporary reference set.</summary>
    public static ReadOnlySpan<byte> TemporaryReference => "$T"u8;

    /// <summary><c>$S&lt;name&gt;</c>: <c>Symbol.for(name)</c>, such as <c>react.fragment</c>.</summary>
    public static ReadOnlySpan<byte> Symbol => "$S"u8;
}
