namespace UseServer.Flight.Values;

/// <summary>A JavaScript <c>FormData</c>: entries in order, duplicates kept; each value is a <see cref="JsString"/> or a <see cref="JsBlob"/>.</summary>
public sealed class JsFormData(IReadOnlyList<KeyValuePair<string, JsValue>> entries) : JsValue
{
    /// <summary>The entries in the order the client appended them.</summary>
    public IReadOnlyList<KeyValuePair<string, JsValue>> Entries { get; } = entries;

    /// <inheritdoc/>
    public override JsValueKind Kind => JsValueKind.FormData;

    /// <summary>The first string value under <paramref name="name"/>, or <see langword="null"/>.</summary>
    public string? GetString(string name)
    {
        foreach (var e in Entries)
        {
            if (e.Key == name && e.Value is JsString s)
            {
                return s.Value;
            }
        }

        return null;
    }
}

/// <summary>
/// A promise the client resolved before the request was sent (<c>$@</c>). It is an inert holder of
/// the resolved value: nothing is awaited or run while decoding.
/// </summary>
public sealed class JsPromise : JsValue
{
    internal JsPromise()
    {
    }

    /// <summary>Creates a promise resolved with <paramref name="value"/>.</summary>
    public JsPromise(JsValue value) => Value = value;

    /// <summary>The resolved value.</summary>
    public JsValue Value { get; internal set; } = JsUndefined.Instance;

    /// <inheritdoc/>
    public override JsValueKind Kind => JsValueKind.Promise;
}

/// <summary>Which stream-like value a <see cref="JsStream"/> came from.</summary>
public enum JsStreamKind
{
    /// <summary>A default <c>ReadableStream</c> (<c>$R</c>).</summary>
    ReadableStream,

    /// <summary>A byte <c>ReadableStream</c> (<c>$r</c>): its items are <c>Uint8Array</c>s.</summary>
    ByteStream,

    /// <summary>An async iterable whose iterator is a separate object (<c>$X</c>).</summary>
    AsyncIterable,

    /// <summary>An async iterator that is its own iterable, such as an async generator (<c>$x</c>).</summary>
    AsyncIterator,
}

/// <summary>A stream or async iterable the client uploaded in full: its items in order and, for iterators, the return value.</summary>
public sealed class JsStream(JsStreamKind streamKind, IReadOnlyList<JsValue> items, JsValue? returnValue) : JsValue
{
    /// <summary>Which kind of stream.</summary>
    public JsStreamKind StreamKind { get; } = streamKind;

    /// <summary>The items, in order.</summary>
    public IReadOnlyList<JsValue> Items { get; } = items;

    /// <summary>The async iterator's return value; <see langword="null"/> when it returned <c>undefined</c> or for streams.</summary>
    public JsValue? ReturnValue { get; } = returnValue;

    /// <inheritdoc/>
    public override JsValueKind Kind => JsValueKind.Stream;
}

/// <summary>
/// An inert handle naming a server function (<c>$h</c>), with the arguments bound to it. It cannot be
/// invoked from here: calling the function it names goes back through the registry, authorization and
/// CSRF checks like any call.
/// </summary>
public sealed class JsServerReference(string id, IReadOnlyList<JsValue>? bound) : JsValue
{
    /// <summary>The server function's ID.</summary>
    public string Id { get; } = id;

    /// <summary>The bound arguments, or <see langword="null"/> when none were bound.</summary>
    public IReadOnlyList<JsValue>? Bound { get; } = bound;

    /// <inheritdoc/>
    public override JsValueKind Kind => JsValueKind.ServerReference;

    /// <inheritdoc/>
    public override string ToString() => "[server reference]";
}

/// <summary>
/// An opaque client-only value (<c>$T</c>): a React element, function, symbol or class instance the
/// client kept in its temporary reference set. Returning it writes <c>$T</c> + <see cref="Path"/> so the
/// client gets its own value back.
/// </summary>
public sealed class JsTemporaryReference(string path) : JsValue
{
    /// <summary>The slot path the client stored the value under, without the leading <c>$</c> (for example <c>0:0:el</c>).</summary>
    public string Path { get; } = path;

    /// <inheritdoc/>
    public override JsValueKind Kind => JsValueKind.TemporaryReference;

    /// <inheritdoc/>
    public override string ToString() => "[temporary reference]";
}
