using System.Collections;
using UseServer.Flight.Values;

namespace UseServer.Flight.Writing;

/// <summary>
/// The outlined rows, one case per kind. Each is written as soon as it is found, while the row that
/// references it is still open, so it reaches the client first (see <see cref="FlightRowWriter"/>), and
/// objects inside it get their first-occurrence paths there, as with React's server.
/// </summary>
internal sealed partial class FlightValueWriter
{
    /// <summary>Writes an outlined row now, under its own collection chain.</summary>
    private void Outline(in FlightOutlinedRow row)
    {
        FlightCollectionChain? chain = _chain;
        _chain = row.Chain;
        WriteOutlinedRow(row);
        _chain = chain;
    }

    private void WriteOutlinedRow(in FlightOutlinedRow row)
    {
        int id = row.Id;
        switch (row.Kind)
        {
            case FlightRowKind.Model:                                                  // <id>:<json>
                output.StartRow(id);
                WriteValue(row.Value, FlightSlot.RowRoot(id));
                output.EndRow();
                break;
            case FlightRowKind.List:                                                   // <id>:[…] (the array is not a user object)
                output.StartRow(id);
                WriteItems((IEnumerable)row.Payload!, FlightRefPath.Row(id));
                output.EndRow();
                break;
            case FlightRowKind.MapEntries:                                             // <id>:[[k,v],…]
                output.StartRow(id);
                WriteMapEntries(row.Value!, FlightRefPath.Row(id));
                output.EndRow();
                break;
            case FlightRowKind.FormData:                                               // <id>:[[name,value],…]
                output.StartRow(id);
                WriteFormData((JsFormData)row.Value!, FlightRefPath.Row(id));
                output.EndRow();
                break;
            case FlightRowKind.Blob:                                                   // <bin>:o<len>,<bytes> then <id>:["type","$<bin>"]
                WriteBlob(id, (string)row.Value!, row.Bytes);
                break;
            case FlightRowKind.Text:                                                   // <id>:T<len>,<utf8>
                output.WriteTextRow(id, (string)row.Value!);
                break;
            case FlightRowKind.Binary:                                                 // <id>:<tag><len>,<bytes>
                output.WriteBinaryRow(id, row.Tag, row.Bytes.Span);
                break;
            case FlightRowKind.Tag:                                                    // <id>:<tag>
                output.WriteTagRow(id, row.Tag);
                break;
            case FlightRowKind.ErrorValue:                                             // <id>:{"name","message","stack":[],"env"}
                output.StartRow(id);
                output.WriteRaw("{\"name\":\"Error\",\"message\":"u8);
                output.WriteJsonString(ClientMessage((Exception)row.Value!));
                output.WriteRaw(",\"stack\":[],\"env\":\"Server\"}"u8);
                output.EndRow();
                break;
            case FlightRowKind.ServerReference:                                        // <id>:{"id":…,"bound":null|"$@<k>"}
                WriteServerReferenceRow(id, (string)row.Value!, (IEnumerable?)row.Payload);
                break;
            case FlightRowKind.Import:                                                 // <id>:I["module",[chunks],"export"(,1)]
                WriteImportRow(id, (ClientReference)row.Value!);
                break;
            case FlightRowKind.JsStream:                                               // <id>:R|r|X|x, items, <id>:C
                WriteJsStream(id, (JsStream)row.Value!);
                break;
        }
    }

    private void WriteItems(IEnumerable items, FlightRefPath path)
    {
        output.WriteByte((byte)'[');
        int i = 0;
        foreach (object? item in items)
        {
            if (i > 0)
            {
                output.WriteByte((byte)',');
            }

            WriteValue(item, FlightSlot.Item(path, i++));
        }

        output.WriteByte((byte)']');
    }

    private void WriteMapEntries(object map, FlightRefPath path)
    {
        output.WriteByte((byte)'[');
        int i = 0;
        if (map is JsMap jsMap)
        {
            foreach (var (key, value) in jsMap)
            {
                WritePair(i++, key, value, path);
            }
        }
        else
        {
            IDictionaryEnumerator entries = ((IDictionary)map).GetEnumerator();
            while (entries.MoveNext())
            {
                WritePair(i++, entries.Key, entries.Value, path);
            }
        }

        output.WriteByte((byte)']');
    }

    private void WritePair(int index, object? key, object? value, FlightRefPath path)
    {
        if (index > 0)
        {
            output.WriteByte((byte)',');
        }

        FlightRefPath pair = path.Child(index);
        output.WriteByte((byte)'[');
        WriteValue(key, FlightSlot.Item(pair, 0));
        output.WriteByte((byte)',');
        WriteValue(value, FlightSlot.Item(pair, 1));
        output.WriteByte((byte)']');
    }

    private void WriteFormData(JsFormData formData, FlightRefPath path)
    {
        output.WriteByte((byte)'[');
        for (int i = 0; i < formData.Entries.Count; i++)
        {
            var (name, value) = formData.Entries[i];
            WritePair(i, name, value, path);
        }

        output.WriteByte((byte)']');
    }

    private void WriteBlob(int id, string contentType, ReadOnlyMemory<byte> content)
    {
        int binaryId = -1;
        if (!content.IsEmpty)
        {
            binaryId = _nextId++;
            output.WriteBinaryRow(binaryId, FlightRowTags.Uint8Array, content.Span);
        }

        output.StartRow(id);
        output.WriteByte((byte)'[');
        output.WriteStringValue(contentType);
        if (binaryId >= 0)
        {
            output.WriteByte((byte)',');
            output.WriteReference(FlightValueTags.Reference, binaryId);
        }

        output.WriteByte((byte)']');
        output.EndRow();
    }

    private void WriteServerReferenceRow(int id, string functionId, IEnumerable? bound)
    {
        output.StartRow(id);
        output.WriteRaw("{\"id\":"u8);
        output.WriteStringValue(functionId);
        output.WriteRaw(",\"bound\":"u8);
        if (bound is null)
        {
            output.WriteNull();
        }
        else
        {
            int boundId = _nextId++;
            output.WriteReference(FlightValueTags.Promise, boundId);
            Outline(new FlightOutlinedRow(boundId, FlightRowKind.List, bound, Payload: bound));
        }

        output.WriteByte((byte)'}');
        output.EndRow();
    }

    private void WriteImportRow(int id, ClientReference reference)
    {
        output.StartRow(id, FlightRowTags.Import);
        output.WriteByte((byte)'[');
        output.WriteStringValue(reference.ModuleId);
        output.WriteRaw(",["u8);
        for (int i = 0; i < reference.Chunks.Count; i++)
        {
            if (i > 0)
            {
                output.WriteByte((byte)',');
            }

            output.WriteStringValue(reference.Chunks[i]);
        }

        output.WriteRaw("],"u8);
        output.WriteStringValue(reference.ExportName);
        if (reference.Async)
        {
            output.WriteRaw(",1"u8);
        }

        output.WriteByte((byte)']');
        output.EndRow();
    }

    private void WriteJsStream(int id, JsStream stream)
    {
        bool bytes = stream.StreamKind == JsStreamKind.ByteStream;
        output.WriteTagRow(id, stream.StreamKind switch
        {
            JsStreamKind.ReadableStream => FlightRowTags.ReadableStream,
            JsStreamKind.ByteStream => FlightRowTags.ByteStream,
            JsStreamKind.AsyncIterable => FlightRowTags.AsyncIterable,
            _ => FlightRowTags.AsyncIterator,
        });
        FlightCollectionChain? chain = _chain;
        foreach (JsValue item in stream.Items)
        {
            _chain = chain;
            WriteStreamItem(id, item, bytes);
        }

        _chain = chain;
        WriteCloseRow(id, stream.ReturnValue is null or JsUndefined ? null : stream.ReturnValue);
    }

    /// <summary>
    /// Closes stream <paramref name="id"/>: <c>&lt;id&gt;:C\n</c>, or with an iterator's return value outlined into
    /// its own row as React does (<c>&lt;id&gt;:C"$&lt;k&gt;"</c>), which gives the objects inside it a path.
    /// </summary>
    public void WriteCloseRow(int id, object? returnValue)
    {
        if (returnValue is null)
        {
            output.WriteTagRow(id, FlightRowTags.Close);
            return;
        }

        int valueId = _nextId++;
        output.StartRow(id, FlightRowTags.Close);
        output.WriteReference(FlightValueTags.Reference, valueId);
        Outline(new FlightOutlinedRow(valueId, FlightRowKind.Model, returnValue));
        output.EndRow();
    }
}
