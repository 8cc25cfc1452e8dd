namespace UseServer.Flight.Reply;

/// <summary>
/// A reply body as parts looked up by name (docs/protocol.md, "Requests"): a <c>text/plain</c> body is the
/// single part <c>"0"</c>; a multipart body is its entries. Order is kept for FormData and stream
/// entries but never relied on for model parts.
/// </summary>
internal sealed class ReplyPayload
{
    private readonly Dictionary<string, int> _unique;

    private ReplyPayload(List<ReplyPart> entries, Dictionary<string, int> unique)
    {
        Entries = entries;
        _unique = unique;
    }

    /// <summary>Every entry in arrival order.</summary>
    public IReadOnlyList<ReplyPart> Entries { get; }

    /// <summary>A <c>text/plain</c> body: the whole body is the root part <c>"0"</c>, within <paramref name="limits"/>' part size.</summary>
    /// <param name="utf8Json">The body.</param>
    /// <param name="limits">The configured limits of the function being called (never the defaults: an app may raise them).</param>
    /// <exception cref="ReplyDecodeException">The body is larger than <see cref="ReplyLimits.MaxPartSize"/>.</exception>
    public static ReplyPayload FromText(ReadOnlyMemory<byte> utf8Json, ReplyLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        var builder = new Builder(limits);
        builder.AddField("0", utf8Json);
        return builder.Build();
    }

    /// <summary>Looks up part <c>&lt;prefix&gt;&lt;id&gt;</c> (<see cref="ReplyIds.PartName"/>), a part that may appear only once.</summary>
    internal bool TryGetPart(string prefix, int id, out ReplyPart part)
    {
        // The name is formatted on the stack and looked up as a span: no string per reference.
        Span<char> name = stackalloc char[prefix.Length <= 64 ? prefix.Length + 11 : 0];
        if (name.IsEmpty || !id.TryFormat(name[prefix.Length..], out int digits, default, System.Globalization.CultureInfo.InvariantCulture))
        {
            return TryGetPart(ReplyIds.PartName(prefix, id), out part);
        }

        prefix.CopyTo(name);
        if (_unique.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(name[..(prefix.Length + digits)], out int i))
        {
            part = Entries[i];
            return true;
        }

        part = default;
        return false;
    }

    /// <summary>Looks up a part that may appear only once (model parts, files), by exact name.</summary>
    public bool TryGetPart(string name, out ReplyPart part)
    {
        if (_unique.TryGetValue(name, out int i))
        {
            part = Entries[i];
            return true;
        }

        part = default;
        return false;
    }

    /// <summary>Whether a name may repeat: FormData entries (<c>_n_name</c>) and stream items (<c>Sn</c>).</summary>
    internal static bool IsRepeatable(string name, string prefix)
    {
        if (!name.StartsWith(prefix, StringComparison.Ordinal) || name.Length == prefix.Length)
        {
            return true; // not ours (e.g. other $ACTION_ fields); never looked up as a unique part
        }

        char c = name[prefix.Length];
        return c is '_' or 'S';
    }

    /// <summary>Collects entries, rejecting a second model part or file under the same name (a strict wire format).</summary>
    internal sealed class Builder(ReplyLimits limits, string prefix = "")
    {
        private readonly List<ReplyPart> _entries = [];
        private readonly Dictionary<string, int> _unique = new(StringComparer.Ordinal);

        public int Count => _entries.Count;

        public void AddField(string name, ReadOnlyMemory<byte> utf8) => Add(new ReplyPart(name, utf8, false, null, null));

        public void AddFile(string name, string? fileName, string? contentType, ReadOnlyMemory<byte> content) =>
            Add(new ReplyPart(name, content, true, fileName ?? string.Empty, contentType ?? string.Empty));

        public ReplyPayload Build() => new(_entries, _unique);

        private void Add(ReplyPart part)
        {
            ArgumentNullException.ThrowIfNull(part.Name);
            if (_entries.Count >= limits.MaxParts)
            {
                throw new ReplyDecodeException(ReplyErrorCode.LimitExceeded, $"The body has more than {limits.MaxParts} parts.");
            }

            if (part.Data.Length > limits.MaxPartSize)
            {
                throw new ReplyDecodeException(ReplyErrorCode.LimitExceeded, $"A part is larger than {limits.MaxPartSize} bytes.");
            }

            if (!IsRepeatable(part.Name, prefix) && !_unique.TryAdd(part.Name, _entries.Count))
            {
                throw new ReplyDecodeException(ReplyErrorCode.Malformed, "The body repeats a part name.");
            }

            _entries.Add(part);
        }
    }
}
