using System.Text.Json;

namespace UseServer.Flight.Writing;

/// <summary>A <see cref="JsonElement"/> (returned as is, or produced by a type's own converter), re-tagged: strings get <c>$$</c> and <c>T</c> rows, numbers JavaScript's text.</summary>
internal sealed partial class FlightValueWriter
{
    private void WriteJsonElement(JsonElement element, FlightSlot slot)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:                                                 // { … } (not tracked: a JsonElement is a value)
                Enter();
                output.WriteByte((byte)'{');
                bool first = true;
                foreach (JsonProperty property in element.EnumerateObject())
                {
                    if (!first)
                    {
                        output.WriteByte((byte)',');
                    }

                    first = false;
                    output.WriteJsonString(property.Name);
                    output.WriteByte((byte)':');
                    WriteJsonElement(property.Value, FlightSlot.None);
                }

                output.WriteByte((byte)'}');
                Exit();
                return;
            case JsonValueKind.Array:                                                  // [ … ]
                Enter();
                output.WriteByte((byte)'[');
                int i = 0;
                foreach (JsonElement item in element.EnumerateArray())
                {
                    if (i++ > 0)
                    {
                        output.WriteByte((byte)',');
                    }

                    WriteJsonElement(item, FlightSlot.None);
                }

                output.WriteByte((byte)']');
                Exit();
                return;
            case JsonValueKind.String: WriteString(element.GetString()!); return;      // "$$"-escaped, or a T row
            case JsonValueKind.Number: output.WriteNumber(element.GetDouble()); return; // a JavaScript number
            case JsonValueKind.True: output.WriteBoolean(true); return;
            case JsonValueKind.False: output.WriteBoolean(false); return;
            case JsonValueKind.Null: output.WriteNull(); return;
            default: output.WriteRaw(FlightValueTags.Undefined); return;                // a default JsonElement
        }
    }
}
