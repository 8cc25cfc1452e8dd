namespace UseServer.Flight.Writing;

/// <summary>Which row a queued <see cref="FlightOutlinedRow"/> becomes.</summary>
internal enum FlightRowKind
{
    /// <summary><c>&lt;id&gt;:&lt;json&gt;</c>: a value written as the root of its own row (promise values, return values).</summary>
    Model,

    /// <summary><c>&lt;id&gt;:[…]</c>: the items of a Set, an iterator or bound arguments.</summary>
    List,

    /// <summary><c>&lt;id&gt;:[[k,v],…]</c>: the entries of a Map.</summary>
    MapEntries,

    /// <summary><c>&lt;id&gt;:[[name,value],…]</c>: the entries of a FormData.</summary>
    FormData,

    /// <summary><c>&lt;id&gt;:["type","$&lt;bin&gt;"]</c> after the blob's bytes as a <c>o</c> row.</summary>
    Blob,

    /// <summary><c>&lt;id&gt;:T&lt;len&gt;,&lt;text&gt;</c>: a long string.</summary>
    Text,

    /// <summary><c>&lt;id&gt;:&lt;tag&gt;&lt;len&gt;,&lt;bytes&gt;</c>: a typed array or buffer.</summary>
    Binary,

    /// <summary><c>&lt;id&gt;:&lt;tag&gt;\n</c>: opens a stream or async iterable whose items come later.</summary>
    Tag,

    /// <summary><c>&lt;id&gt;:{"name","message","stack":[],"env"}</c>: an Error value (<c>$Z</c>).</summary>
    ErrorValue,

    /// <summary><c>&lt;id&gt;:{"id":…,"bound":…}</c>: a server reference (<c>$h</c>).</summary>
    ServerReference,

    /// <summary><c>&lt;id&gt;:I[…]</c>: a client module import.</summary>
    Import,

    /// <summary>An already complete <see cref="Values.JsStream"/>: its open row, items and close row.</summary>
    JsStream,
}

/// <summary>A row referenced from the row being written, written right after it (rows may come in any order).</summary>
/// <param name="Id">The row id.</param>
/// <param name="Kind">What to write.</param>
/// <param name="Value">The value (or the collection whose identity the chain holds).</param>
/// <param name="Chain">The collections whose rows depend on this one.</param>
/// <param name="Payload">The items or entries when they differ from <paramref name="Value"/>.</param>
/// <param name="Bytes">The bytes of a binary row.</param>
/// <param name="Tag">The tag of a binary or tag row.</param>
internal readonly record struct FlightOutlinedRow(
    int Id,
    FlightRowKind Kind,
    object? Value,
    FlightCollectionChain? Chain = null,
    object? Payload = null,
    ReadOnlyMemory<byte> Bytes = default,
    byte Tag = 0);
