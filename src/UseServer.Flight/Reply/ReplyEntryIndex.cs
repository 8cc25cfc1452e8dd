namespace UseServer.Flight.Reply;

/// <summary>
/// The repeatable entries of a body grouped by id, built once per decode: FormData fields
/// <c>prefix_&lt;decimal id&gt;_&lt;name&gt;</c> and stream items <c>prefixS&lt;decimal id&gt;</c>, each in arrival
/// order. Only canonical decimal ids are recognised (what real clients send, docs/protocol.md, "Requests"); React's
/// hex spelling <c>_a_</c> is not.
/// </summary>
internal sealed class ReplyEntryIndex
{
    private readonly Dictionary<int, List<int>> _formData = [];
    private readonly Dictionary<int, List<int>> _streams = [];

    private ReplyEntryIndex()
    {
    }

    /// <summary>Groups the entries of <paramref name="payload"/> that belong to <paramref name="prefix"/>.</summary>
    public static ReplyEntryIndex Build(ReplyPayload payload, string prefix)
    {
        var index = new ReplyEntryIndex();
        var entries = payload.Entries;
        for (int i = 0; i < entries.Count; i++)
        {
            string name = entries[i].Name;
            if (name.Length <= prefix.Length + 1 || !name.StartsWith(prefix, StringComparison.Ordinal))
            {
                continue;
            }

            ReadOnlySpan<char> rest = name.AsSpan(prefix.Length + 1);
            switch (name[prefix.Length])
            {
                case '_': // _<id>_<name>: a FormData entry
                    int end = rest.IndexOf('_');
                    if (end > 0 && ReplyIds.TryParseDecimal(rest[..end], out int formId))
                    {
                        Add(index._formData, formId, i);
                    }

                    break;
                case 'S': // S<id>: a stream item or its close entry
                    if (ReplyIds.TryParseDecimal(rest, out int streamId))
                    {
                        Add(index._streams, streamId, i);
                    }

                    break;
            }
        }

        return index;
    }

    /// <summary>The indexes (into <see cref="ReplyPayload.Entries"/>) of FormData <paramref name="id"/>'s entries.</summary>
    public IReadOnlyList<int> FormDataEntries(int id) => _formData.TryGetValue(id, out var list) ? list : [];

    /// <summary>The indexes of stream <paramref name="id"/>'s item and close entries.</summary>
    public IReadOnlyList<int> StreamEntries(int id) => _streams.TryGetValue(id, out var list) ? list : [];

    private static void Add(Dictionary<int, List<int>> map, int id, int entry)
    {
        if (!map.TryGetValue(id, out var list))
        {
            list = [];
            map[id] = list;
        }

        list.Add(entry);
    }
}
