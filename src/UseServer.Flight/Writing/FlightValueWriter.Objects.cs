using System.Collections;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace UseServer.Flight.Writing;

/// <summary>.NET objects: React elements and references, errors, binary data, async values, then records and collections through System.Text.Json metadata.</summary>
internal sealed partial class FlightValueWriter
{
    private void WriteObject(object value, FlightSlot slot, Type? declaredType)
    {
        if (TryWriteTracked(value))
        {
            return;
        }

        switch (value)
        {
            case ReactElement element:                                                 // ["$",type,key,props]
                WriteElement(element, slot);
                return;
            case ServerReference r:                                                    // $h<id> + {"id","bound"}
                int refId = WriteOutlinedReference(r, slot, FlightValueTags.ServerReference, aliasOnly: true);
                Outline(new FlightOutlinedRow(refId, FlightRowKind.ServerReference, r.Id, _chain, r.Bound));
                return;
            case Exception error:                                                      // $Z<id> + {"name","message","stack","env"}
                int errorId = WriteOutlinedReference(error, slot, FlightValueTags.ErrorValue);
                Outline(new FlightOutlinedRow(errorId, FlightRowKind.ErrorValue, error));
                return;
            case byte[] or ReadOnlyMemory<byte> or Memory<byte> or ArraySegment<byte>:    // $<id> + o<len>,<bytes>
                FlightBinary.TryGet(value, out byte tag, out ReadOnlyMemory<byte> bytes);
                int binId = WriteOutlinedReference(value, slot, FlightValueTags.Reference);
                Outline(new FlightOutlinedRow(binId, FlightRowKind.Binary, value, Bytes: bytes, Tag: tag));
                return;
            case Stream stream:                                                        // $<id> + r, b rows, C
                WriteAsyncSource(value, slot, FlightRowTags.ByteStream, id => new FlightStreamRow(id, stream, cancellationToken));
                return;
        }

        if (value is ReactLazy lazy)                                                   // $L<id>, row written when it completes
        {
            int lazyId = WriteOutlinedReference(value, slot, FlightValueTags.Lazy, aliasOnly: true);
            _discovered.Add(new FlightTaskRow(lazyId, lazy.Value));
            return;
        }

        if (FlightAwaitables.TryGetTask(value, out Task? task))                        // $@<id>, row written when it completes
        {
            int promiseId = WriteOutlinedReference(value, slot, FlightValueTags.Promise, aliasOnly: true);
            _discovered.Add(new FlightTaskRow(promiseId, task));
            return;
        }

        if (FlightAwaitables.TryGetAsyncEnumerable(value, out IAsyncEnumerable<object?>? items)) // $<id> + x, items as produced, C
        {
            WriteAsyncSource(value, slot, FlightRowTags.AsyncIterator, id => new FlightAsyncEnumerableRow(id, items, cancellationToken));
            return;
        }

        WriteWithJsonMetadata(value, slot, declaredType);
    }

    private void WriteAsyncSource(object value, FlightSlot slot, byte tag, Func<int, FlightAsyncRow> create)
    {
        int id = WriteOutlinedReference(value, slot, FlightValueTags.Reference);
        Outline(new FlightOutlinedRow(id, FlightRowKind.Tag, null, Tag: tag));
        _discovered.Add(create(id));
    }

    private void WriteWithJsonMetadata(object value, FlightSlot slot, Type? declaredType)
    {
        JsonSerializerOptions json = options.JsonOptions ?? throw new FlightSerializationException(
            $"Writing a {value.GetType()} needs FlightWriterOptions.JsonOptions (record and collection metadata).");
        // The runtime type first (derived types show their own properties); a source-generated context may
        // only know the declared type (an IReadOnlyList<string> property holding a string[]).
        if (!json.TryGetTypeInfo(value.GetType(), out JsonTypeInfo? info) &&
            (declaredType is null || !json.TryGetTypeInfo(declaredType, out info)))
        {
            throw new FlightSerializationException(
                $"No JSON metadata for {value.GetType()}{(declaredType is null ? "" : $" or {declaredType}")}: add it to the JsonSerializerContext.");
        }

        switch (info.Kind)
        {
            case JsonTypeInfoKind.Object:                                              // records and classes: { serialized properties }
                WriteRecord(value, info, slot);
                return;
            case JsonTypeInfoKind.Enumerable when FlightTypeShape.IsSet(info.Type):    // ISet<T> / IReadOnlySet<T>: $W<id>
                int setId = WriteOutlinedReference(value, slot, FlightValueTags.Set);
                Outline(new FlightOutlinedRow(setId, FlightRowKind.List, value, OpenCollection(value), value));
                return;
            case JsonTypeInfoKind.Enumerable:                                          // arrays, lists, sequences: [ … ]
                WriteList(value, (IEnumerable)value, slot, info.ElementType);
                return;
            case JsonTypeInfoKind.Dictionary when value is IDictionary dictionary && info.KeyType == typeof(string): // { key: value }
                WriteStringDictionary(dictionary, slot, info.ElementType);
                return;
            case JsonTypeInfoKind.Dictionary when value is IDictionary:                // other keys: $Q<id> + [[k,v],…]
                int mapId = WriteOutlinedReference(value, slot, FlightValueTags.Map);
                Outline(new FlightOutlinedRow(mapId, FlightRowKind.MapEntries, value, OpenCollection(value)));
                return;
            default:                                                                   // a type with its own converter: its JSON, re-tagged
                WriteJsonElement(JsonSerializer.SerializeToElement(value, info), slot);
                return;
        }
    }

    private void WriteRecord(object value, JsonTypeInfo info, FlightSlot slot)
    {
        FlightRefPath? path = EnterInline(value, slot);
        output.WriteByte((byte)'{');
        bool first = true;
        foreach (JsonPropertyInfo property in info.Properties)
        {
            if (property.Get is not { } get)
            {
                continue;
            }

            object? item = get(value);
            if (property.ShouldSerialize is { } should ? !should(value, item) : IgnoredByDefault(info.Options, item))
            {
                continue; // [JsonIgnore(Condition = WhenWritingNull/WhenWritingDefault)], or the options' DefaultIgnoreCondition
            }

            if (!first)
            {
                output.WriteByte((byte)',');
            }

            first = false;
            output.WriteJsonString(property.Name);
            output.WriteByte((byte)':');
            WriteValue(item, FlightSlot.Property(path, property.Name), property.PropertyType);
        }

        output.WriteByte((byte)'}');
        ExitInline(value, path);
    }

    private void WriteList(object identity, IEnumerable items, FlightSlot slot, Type? itemType = null)
    {
        FlightRefPath? path = EnterInline(identity, slot);
        output.WriteByte((byte)'[');
        int i = 0;
        foreach (object? item in items)
        {
            if (i > 0)
            {
                output.WriteByte((byte)',');
            }

            WriteValue(item, FlightSlot.Item(path, i++), itemType);
        }

        output.WriteByte((byte)']');
        ExitInline(identity, path);
    }

    private void WriteStringDictionary(IDictionary dictionary, FlightSlot slot, Type? valueType)
    {
        FlightRefPath? path = EnterInline(dictionary, slot);
        output.WriteByte((byte)'{');
        bool first = true;
        IDictionaryEnumerator entries = dictionary.GetEnumerator();
        while (entries.MoveNext())
        {
            string key = (string)entries.Key;
            if (!first)
            {
                output.WriteByte((byte)',');
            }

            first = false;
            output.WriteJsonString(key);
            output.WriteByte((byte)':');
            WriteValue(entries.Value, FlightSlot.Property(path, key), valueType);
        }

        output.WriteByte((byte)'}');
        ExitInline(dictionary, path);
    }

    /// <summary>
    /// <see cref="JsonSerializerOptions.DefaultIgnoreCondition"/>, which System.Text.Json applies outside
    /// <see cref="JsonPropertyInfo.ShouldSerialize"/>. "Default" covers null and the zero of the primitive types.
    /// </summary>
    private static bool IgnoredByDefault(JsonSerializerOptions json, object? item) => json.DefaultIgnoreCondition switch
    {
        JsonIgnoreCondition.WhenWritingNull => item is null,
        JsonIgnoreCondition.WhenWritingDefault => item is null or false or 0 or 0L or 0d or 0f or 0m or (byte)0 or (short)0 or 0u or 0ul or '\0',
        _ => false,
    };

    private void WriteElement(ReactElement element, FlightSlot slot)
    {
        FlightRefPath? path = EnterInline(element, slot);
        output.WriteByte((byte)'[');
        output.WriteRaw(FlightValueTags.ElementMarker);
        output.WriteByte((byte)',');
        switch (element.Type)
        {
            case string tag: output.WriteStringValue(tag); break;                                 // a host tag
            case ReactSymbol symbol: output.WriteTagged(FlightValueTags.Symbol, symbol.Name); break; // $Sreact.fragment…
            case ClientReference c: output.WriteReference(FlightValueTags.Lazy, ImportId(c)); break; // $L<I row>, as React writes it
        }

        output.WriteByte((byte)',');
        if (element.Key is null)
        {
            output.WriteNull();
        }
        else
        {
            output.WriteStringValue(element.Key);
        }

        output.WriteRaw(",{"u8);
        FlightRefPath? props = path?.Child("props"); // the client's element object has .type/.key/.props
        bool first = true;
        foreach (var (name, prop) in element.Props)
        {
            if (!first)
            {
                output.WriteByte((byte)',');
            }

            first = false;
            output.WriteJsonString(name);
            output.WriteByte((byte)':');
            WriteValue(prop, FlightSlot.Property(props, name));
        }

        output.WriteByte((byte)'}');
        if (element.StaticChild && options.DevelopmentElements)
        {
            // The development form's trailing owner, stack and "validated" slots (both clients read the 4-slot form
            // too): 1 tells React's development client this element is a fixed child, not an unkeyed list item.
            // React's production server writes none of them, and its production client ignores them.
            output.WriteRaw(",null,null,1"u8);
        }

        output.WriteByte((byte)']');
        ExitInline(element, path);
    }
}
