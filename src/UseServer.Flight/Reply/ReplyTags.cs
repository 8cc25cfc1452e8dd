namespace UseServer.Flight.Reply;

/// <summary>
/// The reply tag table of React 19.3.1 (docs/protocol.md, "Reply tags"): the character after <c>$</c> in a JSON string.
/// Exactly these are accepted (a strict wire format); everything else is <see cref="ReplyErrorCode.UnknownTag"/>.
/// Lowercase <c>a</c>–<c>f</c> and digits start a part reference (<c>$&lt;hex id&gt;[:key…]</c>).
/// </summary>
internal static class ReplyTags
{
    /// <summary>The marker that starts every tagged string.</summary>
    public const char Marker = '$';

    /// <summary><c>$$…</c>: an escaped string that itself starts with <c>$</c>.</summary>
    public const char Escape = '$';

    /// <summary><c>$undefined</c>.</summary>
    public const string Undefined = "$undefined";

    /// <summary>
    /// <c>$H</c>: <c>undefined</c>, as newer React clients send it (issue 12). React 19.3.1's own
    /// <c>ReactFlightReplyServer</c> has no <c>H</c> case: <c>parseModelString</c> falls through to an outlined-model
    /// lookup, <c>parseInt("H", 16)</c> is NaN, and <c>decodeReply</c> rejects the whole reply ("Connection closed.").
    /// UseServer reads the bare tag as <c>undefined</c> instead of refusing the call; <c>$H</c> with anything after it
    /// is still an unknown tag, and no other tag changes.
    /// </summary>
    public const string NewClientUndefined = "$H";

    /// <summary><c>$NaN</c>.</summary>
    public const string NaN = "$NaN";

    /// <summary><c>$Infinity</c>.</summary>
    public const string Infinity = "$Infinity";

    /// <summary><c>$-Infinity</c>.</summary>
    public const string NegativeInfinity = "$-Infinity";

    /// <summary><c>$-0</c>.</summary>
    public const string NegativeZero = "$-0";

    /// <summary><c>$D&lt;toISOString&gt;</c>: a Date.</summary>
    public const char Date = 'D';

    /// <summary><c>$n&lt;decimal&gt;</c>: a bigint.</summary>
    public const char BigInt = 'n';

    /// <summary><c>$@&lt;id&gt;</c>: a promise resolved with part id's value.</summary>
    public const char Promise = '@';

    /// <summary><c>$Q&lt;id&gt;</c>: a Map whose part is an array of [key, value] pairs.</summary>
    public const char Map = 'Q';

    /// <summary><c>$W&lt;id&gt;</c>: a Set whose part is an array of items.</summary>
    public const char Set = 'W';

    /// <summary><c>$i&lt;id&gt;</c>: a sync iterator whose part is an array of items.</summary>
    public const char Iterator = 'i';

    /// <summary><c>$K&lt;id&gt;</c>: a FormData whose entries are the fields <c>_&lt;decimal id&gt;_&lt;name&gt;</c>.</summary>
    public const char FormData = 'K';

    /// <summary><c>$B&lt;id&gt;</c>: a Blob or File (a file part).</summary>
    public const char Blob = 'B';

    /// <summary><c>$h&lt;id&gt;</c>: a server reference; part = <c>{"id":…,"bound":null|"$@…"}</c>.</summary>
    public const char ServerReference = 'h';

    /// <summary><c>$T</c>: an opaque temporary reference to a client-only value.</summary>
    public const char TemporaryReference = 'T';

    /// <summary><c>$R&lt;id&gt;</c>: a ReadableStream; items are the fields <c>S&lt;decimal id&gt;</c>.</summary>
    public const char ReadableStream = 'R';

    /// <summary><c>$r&lt;id&gt;</c>: a byte ReadableStream; items are Uint8Array references.</summary>
    public const char ByteStream = 'r';

    /// <summary><c>$X&lt;id&gt;</c>: an async iterable (separate iterator).</summary>
    public const char AsyncIterable = 'X';

    /// <summary><c>$x&lt;id&gt;</c>: an async iterator (its own iterable).</summary>
    public const char AsyncIterator = 'x';

    /// <summary>The first character of the <c>C</c> / <c>C&lt;json&gt;</c> entry that ends a stream.</summary>
    public const byte StreamClose = (byte)'C';

    /// <summary>Separates the part id and the keys of a path reference (<c>$0:0:a</c>).</summary>
    public const char PathSeparator = ':';

    /// <summary>The file name browsers give a plain Blob appended to FormData.</summary>
    public const string BlobFileName = "blob";

    /// <summary>Whether <paramref name="c"/> starts a part reference (a lowercase hex digit).</summary>
    public static bool IsHexDigit(char c) => c is (>= '0' and <= '9') or (>= 'a' and <= 'f');
}
