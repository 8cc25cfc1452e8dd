using System.IO.Pipelines;
using UseServer.Flight;
using UseServer.Flight.Writing;

namespace UseServer.Conformance.Tests.Support;

/// <summary>Runs the C# Flight writer into a byte array.</summary>
internal static class FlightBytes
{
    public static async Task<byte[]> WriteAsync(object? value, FlightWriterOptions? options = null)
    {
        using var stream = new MemoryStream();
        var writer = PipeWriter.Create(stream, new StreamPipeWriterOptions(leaveOpen: true));
        await FlightSerializer.WriteAsync(writer, value, options ?? new FlightWriterOptions());
        await writer.CompleteAsync();
        return stream.ToArray();
    }

    /// <summary>The bytes as text for failure messages (binary rows show as replacement characters).</summary>
    public static string Show(byte[] bytes)
    {
        string text = System.Text.Encoding.UTF8.GetString(bytes);
        return text.Length > 3000 ? text[..3000] + "…" : text;
    }
}
