using System.Globalization;
using System.Text;

namespace UseServer.Flight.Writing;

/// <summary>Shared identity and cycles: a second occurrence of an object is written as a reference to the first.</summary>
internal sealed partial class FlightValueWriter
{
    /// <summary>Writes a reference when <paramref name="value"/> was written before; throws for references the client cannot resolve.</summary>
    private bool TryWriteTracked(object value)
    {
        if (!_tracked.TryGetValue(value, out Tracked tracked))
        {
            return false;
        }

        if (tracked.InProgress)
        {
            throw new FlightSerializationException(
                "The result contains a cycle through a place no path reference can name (a key containing ':' or a stream item).");
        }

        if (_chain is not null && _chain.Contains(value))
        {
            throw new FlightSerializationException(
                "A Map, Set, iterator or FormData in the result contains itself; React's client cannot rebuild that. Break the cycle through a plain object instead.");
        }

        output.WriteJsonString(tracked.Path!.ToString());
        return true;
    }

    /// <summary>Registers a container written inline here; its children hang off the returned path (null: no path, written as a copy).</summary>
    private FlightRefPath? EnterInline(object value, FlightSlot slot)
    {
        Enter();
        FlightRefPath? path = slot.Path();
        _tracked.Add(value, new Tracked(path, _batch));
        return path;
    }

    /// <summary>Ends a container written inline; one without a path is forgotten so a later occurrence is copied again.</summary>
    private void ExitInline(object value, FlightRefPath? path)
    {
        if (path is null)
        {
            _tracked.Remove(value);
        }

        Exit();
    }

    /// <summary>
    /// Allocates a row for an outlined value, writes <c>"&lt;prefix&gt;&lt;id&gt;"</c> and registers the value at its
    /// path (React's behaviour, which keeps identity on the client) or, where there is none, at that reference.
    /// </summary>
    private int WriteOutlinedReference(object value, FlightSlot slot, ReadOnlySpan<byte> prefix, bool aliasOnly = false)
    {
        int id = _nextId++;
        FlightRefPath? path = aliasOnly ? null : slot.Path();
        path ??= FlightRefPath.Alias(Encoding.ASCII.GetString(prefix) + id.ToString("x", CultureInfo.InvariantCulture));
        _tracked[value] = new Tracked(path, _batch);
        output.WriteReference(prefix, id);
        return id;
    }

    /// <summary>The chain for a row holding the contents of <paramref name="collection"/>.</summary>
    private FlightCollectionChain OpenCollection(object collection) => new(collection, _chain);

    /// <summary>The id of the import row for <paramref name="reference"/>, written once per distinct reference.</summary>
    private int ImportId(ClientReference reference)
    {
        if (_imports.TryGetValue(reference, out var existing))
        {
            return existing.Id;
        }

        int id = _nextId++;
        _imports.Add(reference, (id, _batch));
        Outline(new FlightOutlinedRow(id, FlightRowKind.Import, reference));
        return id;
    }
}
