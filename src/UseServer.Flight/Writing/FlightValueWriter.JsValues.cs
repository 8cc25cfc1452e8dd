using UseServer.Flight.Values;

namespace UseServer.Flight.Writing;

/// <summary>The JavaScript value model, one case per kind (docs/protocol.md, "Responses: Flight").</summary>
internal sealed partial class FlightValueWriter
{
    private void WriteJsValue(JsValue value, FlightSlot slot)
    {
        switch (value)
        {
            case JsUndefined: output.WriteRaw(FlightValueTags.Undefined); return;          // "$undefined"
            case JsNull: output.WriteNull(); return;                                        // null
            case JsBoolean b: output.WriteBoolean(b.Value); return;                         // true / false
            case JsNumber n: output.WriteNumber(n.Value); return;                           // number or $NaN/$Infinity/$-Infinity/$-0
            case JsString s: WriteString(s.Value); return;                                  // "$$"-escaped, or a T row
            case JsBigInt b: output.WriteBigInt(b.Value); return;                           // $n<digits>
            case JsDate d: output.WriteDate(d.Time); return;                                // $D<iso>
            case JsTemporaryReference t: output.WriteTagged(FlightValueTags.TemporaryReference, t.Path); return; // $T<path>
        }

        if (TryWriteTracked(value))
        {
            return;
        }

        switch (value)
        {
            case JsArray a:                                                                 // [ … ] inline
                WriteJsArray(a, slot);
                return;
            case JsObject o:                                                                // { … } inline
                WriteJsObject(o, slot);
                return;
            case JsMap m:                                                                   // $Q<id> + [[k,v],…]
                int mapId = WriteOutlinedReference(m, slot, FlightValueTags.Map);
                Outline(new FlightOutlinedRow(mapId, FlightRowKind.MapEntries, m, OpenCollection(m)));
                return;
            case JsSet s:                                                                   // $W<id> + [ … ]
                int setId = WriteOutlinedReference(s, slot, FlightValueTags.Set);
                Outline(new FlightOutlinedRow(setId, FlightRowKind.List, s, OpenCollection(s), s));
                return;
            case JsIterator it:                                                             // $i<id> + [ … ]
                int itId = WriteOutlinedReference(it, slot, FlightValueTags.Iterator);
                Outline(new FlightOutlinedRow(itId, FlightRowKind.List, it, OpenCollection(it), it.Items));
                return;
            case JsTypedArray ta:                                                           // $<id> + <tag><len>,<bytes>
                int binId = WriteOutlinedReference(ta, slot, FlightValueTags.Reference);
                Outline(new FlightOutlinedRow(binId, FlightRowKind.Binary, ta, Bytes: ta.Bytes, Tag: FlightBinary.Tag(ta.ArrayKind)));
                return;
            case JsBlob blob:                                                               // $B<id> + ["type","$<bin>"]
                int blobId = WriteOutlinedReference(blob, slot, FlightValueTags.Blob);
                Outline(new FlightOutlinedRow(blobId, FlightRowKind.Blob, blob.ContentType, Bytes: blob.Content));
                return;
            case JsFormData fd:                                                             // $K<id> + [[name,value],…]
                int fdId = WriteOutlinedReference(fd, slot, FlightValueTags.FormData);
                Outline(new FlightOutlinedRow(fdId, FlightRowKind.FormData, fd, OpenCollection(fd)));
                return;
            case JsPromise p:                                                               // $@<id> + the resolved value
                int promiseId = WriteOutlinedReference(p, slot, FlightValueTags.Promise, aliasOnly: true);
                Outline(new FlightOutlinedRow(promiseId, FlightRowKind.Model, p.Value));
                return;
            case JsStream st:                                                               // $<id> + R/r/X/x, items, C
                int streamId = WriteOutlinedReference(st, slot, FlightValueTags.Reference);
                Outline(new FlightOutlinedRow(streamId, FlightRowKind.JsStream, st, _chain));
                return;
            case JsServerReference r:                                                       // $h<id> + {"id","bound"}
                int refId = WriteOutlinedReference(r, slot, FlightValueTags.ServerReference, aliasOnly: true);
                Outline(new FlightOutlinedRow(refId, FlightRowKind.ServerReference, r.Id, _chain, r.Bound));
                return;
            default:
                throw new FlightSerializationException($"Unknown JavaScript value kind {value.Kind}.");
        }
    }

    private void WriteJsObject(JsObject value, FlightSlot slot)
    {
        FlightRefPath? path = EnterInline(value, slot);
        output.WriteByte((byte)'{');
        for (int i = 0; i < value.Count; i++)
        {
            var (key, item) = value[i];
            if (i > 0)
            {
                output.WriteByte((byte)',');
            }

            output.WriteJsonString(key);
            output.WriteByte((byte)':');
            WriteValue(item, FlightSlot.Property(path, key));
        }

        output.WriteByte((byte)'}');
        ExitInline(value, path);
    }

    private void WriteJsArray(JsArray value, FlightSlot slot)
    {
        FlightRefPath? path = EnterInline(value, slot);
        output.WriteByte((byte)'[');
        for (int i = 0; i < value.Count; i++)
        {
            if (i > 0)
            {
                output.WriteByte((byte)',');
            }

            WriteValue(value[i], FlightSlot.Item(path, i));
        }

        output.WriteByte((byte)']');
        ExitInline(value, path);
    }
}
