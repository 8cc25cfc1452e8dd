namespace UseServer.Flight.Binding;

/// <content>
/// Repeated keys, which the value-model walk refuses (Malformed): the rewrite tracks each open object's keys (a range of
/// one list, or a set once there are many), and records bound by members track the keys no member takes.
/// </content>
internal sealed partial class DirectArgumentReader
{
    /// <summary>Objects with up to this many keys check repeats by a linear scan; larger ones use a set.</summary>
    private const int LinearKeyCheck = 12;

    private List<string> Keys => _keys ??= [];

    private List<HashSet<string>> KeySets => _keySets ??= [];

    /// <summary>Records a key of the open object; <see langword="false"/> if it repeats.</summary>
    private bool AddKey(string key)
    {
        ObjectFrame frame = Objects[^1];
        if (frame.Set is { } set)
        {
            return set.Add(key);
        }

        for (int i = frame.KeyStart; i < Keys.Count; i++)
        {
            if (string.Equals(Keys[i], key, StringComparison.Ordinal))
            {
                return false;
            }
        }

        Keys.Add(key);
        if (Keys.Count - frame.KeyStart > LinearKeyCheck)
        {
            HashSet<string> many = KeySets.Count > 0 ? KeySets[^1] : new HashSet<string>(StringComparer.Ordinal);
            if (KeySets.Count > 0)
            {
                KeySets.RemoveAt(KeySets.Count - 1);
            }

            for (int i = frame.KeyStart; i < Keys.Count; i++)
            {
                many.Add(Keys[i]);
            }

            Keys.RemoveRange(frame.KeyStart, Keys.Count - frame.KeyStart);
            Objects[^1] = frame with { Set = many };
        }

        return true;
    }

    /// <summary>Starts the keys of an object whose keys no member tracks (a skipped object, a record's unknown keys): one shared list, each object a range of it.</summary>
    public int OpenKeys() => _otherKeys?.Count ?? 0;

    /// <summary>Records a key in the range from <paramref name="start"/>; <see langword="false"/> if it repeats, or past <see cref="LinearKeyCheck"/> of them (not checked here).</summary>
    public bool AddKey(int start, string key)
    {
        _otherKeys ??= [];
        if (_otherKeys.Count - start >= LinearKeyCheck)
        {
            return false;
        }

        for (int i = start; i < _otherKeys.Count; i++)
        {
            if (string.Equals(_otherKeys[i], key, StringComparison.Ordinal))
            {
                return false;
            }
        }

        _otherKeys.Add(key);
        return true;
    }

    /// <summary>Ends the keys opened at <paramref name="start"/>.</summary>
    public void CloseKeys(int start) => _otherKeys?.RemoveRange(start, _otherKeys.Count - start);

    private List<string>? _keys;
    private List<HashSet<string>>? _keySets;
    private List<string>? _otherKeys;
}
