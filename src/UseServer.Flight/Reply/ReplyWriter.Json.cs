using System.Text.Json;

namespace UseServer.Flight.Reply;

/// <summary>Records and classes: serialized with the app's JSON metadata, then written with every string escaped.</summary>
internal static partial class ReplyWriter
{
    private static JsonElement Serialize(object value, JsonSerializerOptions? jsonOptions)
    {
        if (jsonOptions is null)
        {
            throw Refuse(value);
        }

        try
        {
            return JsonSerializer.SerializeToElement(value, jsonOptions.GetTypeInfo(value.GetType()));
        }
        catch (Exception e) when (e is NotSupportedException or InvalidOperationException or JsonException)
        {
            throw new ArgumentException($"A bound argument of type {value.GetType().Name} cannot be encoded: {e.Message}", e);
        }
    }

    // JSON from System.Text.Json: strings are escaped like any other, so a "$…" string stays a string.
    private static void WriteElement(Utf8JsonWriter writer, JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String: WriteString(writer, element.GetString()!); break;
            case JsonValueKind.Array:
                writer.WriteStartArray();
                foreach (JsonElement item in element.EnumerateArray())
                {
                    WriteElement(writer, item);
                }

                writer.WriteEndArray();
                break;
            case JsonValueKind.Object:
                writer.WriteStartObject();
                foreach (JsonProperty property in element.EnumerateObject())
                {
                    writer.WritePropertyName(property.Name);
                    WriteElement(writer, property.Value);
                }

                writer.WriteEndObject();
                break;
            default: element.WriteTo(writer); break;
        }
    }
}
