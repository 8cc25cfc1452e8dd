namespace UseServer.Flight.Values;

/// <summary>The kinds of JavaScript value in the closed value model.</summary>
public enum JsValueKind
{
    /// <summary><c>undefined</c> (<see cref="JsUndefined"/>).</summary>
    Undefined,

    /// <summary><c>null</c> (<see cref="JsNull"/>).</summary>
    Null,

    /// <summary>A boolean (<see cref="JsBoolean"/>).</summary>
    Boolean,

    /// <summary>A number, including <c>NaN</c>, infinities and <c>-0</c> (<see cref="JsNumber"/>).</summary>
    Number,

    /// <summary>A string (<see cref="JsString"/>).</summary>
    String,

    /// <summary>A <c>bigint</c> (<see cref="JsBigInt"/>).</summary>
    BigInt,

    /// <summary>A <c>Date</c> (<see cref="JsDate"/>).</summary>
    Date,

    /// <summary>An array (<see cref="JsArray"/>).</summary>
    Array,

    /// <summary>A plain object (<see cref="JsObject"/>).</summary>
    Object,

    /// <summary>A <c>Map</c> (<see cref="JsMap"/>).</summary>
    Map,

    /// <summary>A <c>Set</c> (<see cref="JsSet"/>).</summary>
    Set,

    /// <summary>An <c>ArrayBuffer</c>, typed array or <c>DataView</c> (<see cref="JsTypedArray"/>).</summary>
    TypedArray,

    /// <summary>A <c>Blob</c> or <c>File</c> (<see cref="JsBlob"/>).</summary>
    Blob,

    /// <summary>A <c>FormData</c> (<see cref="JsFormData"/>).</summary>
    FormData,

    /// <summary>A promise that the client resolved before sending (<see cref="JsPromise"/>).</summary>
    Promise,

    /// <summary>A synchronous iterator (<see cref="JsIterator"/>).</summary>
    Iterator,

    /// <summary>A <c>ReadableStream</c>, async iterable or async iterator (<see cref="JsStream"/>).</summary>
    Stream,

    /// <summary>An inert handle to a server function (<see cref="JsServerReference"/>).</summary>
    ServerReference,

    /// <summary>An opaque client-only value (<see cref="JsTemporaryReference"/>).</summary>
    TemporaryReference,
}
