namespace UseServer.Flight.Reply;

/// <summary>
/// Bounds on the work one request body can cause while it is decoded (bounded work). Every limit
/// has a secure default; exceeding any of them is a 4xx error and nothing is invoked.
/// </summary>
public sealed class ReplyLimits
{
    /// <summary>The defaults, shared; do not mutate.</summary>
    internal static readonly ReplyLimits Default = new();

    /// <summary>Largest request body in bytes (413 above it). Default 1 MiB, as Next.js's <c>bodySizeLimit</c>.</summary>
    public long MaxBodySize { get; set; } = 1024 * 1024;

    /// <summary>Most multipart parts in one body. Default 256; FormData-heavy functions may raise it (up to 1024 is reasonable).</summary>
    public int MaxParts { get; set; } = 256;

    /// <summary>Largest single part (field or file) in bytes. Default 1 MiB: no part can be larger than the default body.</summary>
    public long MaxPartSize { get; set; } = 1024 * 1024;

    /// <summary>Largest multipart header section of one part, in bytes. Default 16 KiB.</summary>
    public int MaxPartHeaderSize { get; set; } = 16 * 1024;

    /// <summary>Deepest JSON nesting of arrays and objects in one part. Default 256 (decoding is iterative, so depth costs no stack).</summary>
    public int MaxDepth { get; set; } = 256;

    /// <summary>Most <c>$</c>-references (path, outlined, Map/Set/promise…) one body may contain. Default 10,000.</summary>
    public int MaxReferences { get; set; } = 10_000;

    /// <summary>Longest chain of references that lead to further references (a part whose root is a reference to another part…). Default 64.</summary>
    public int MaxReferenceChainDepth { get; set; } = 64;

    /// <summary>
    /// Logical size budget: values (array slots, object properties, collection entries) plus string and byte
    /// units counted per reference, as React's <c>arraySizeLimit</c> does, so that one part referenced many
    /// times cannot amplify a small body into a huge graph. Default 1,000,000 (React's default).
    /// </summary>
    public long MaxExpansion { get; set; } = 1_000_000;

    /// <summary>Most decimal digits in a <c>bigint</c> (<c>$n</c>). Default 300, React's <c>MAX_BIGINT_DIGITS</c>.</summary>
    public int MaxBigIntDigits { get; set; } = 300;

    /// <summary>Most bound arguments on a server reference. Default 1000, React's <c>MAX_BOUND_ARGS</c>.</summary>
    public int MaxBoundArguments { get; set; } = 1000;

    /// <summary>Longest string value or object key, in UTF-16 code units. Default 1,048,576 (no string can outgrow the default body).</summary>
    public int MaxStringLength { get; set; } = 1024 * 1024;

    /// <summary>Most items in one uploaded stream or async iterable. Default 10,000.</summary>
    public int MaxStreamItems { get; set; } = 10_000;

    /// <summary>
    /// Wall-clock budget for decoding one body. Default 5 seconds: a backstop behind the size, depth and expansion
    /// limits, which bound the work; it must not refuse the largest body the defaults allow (1 MiB of half a million
    /// values, the wire contract) on a busy two-core machine, where 1 second did (a 400 decode-timeout under load).
    /// </summary>
    public TimeSpan MaxDecodeTime { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Copies these limits.</summary>
    public ReplyLimits Clone() => (ReplyLimits)MemberwiseClone();
}
