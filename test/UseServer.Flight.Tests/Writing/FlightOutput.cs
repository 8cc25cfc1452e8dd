using System.Buffers;
using System.IO.Pipelines;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using UseServer.Flight.Writing;

namespace UseServer.Flight.Tests.Writing;

/// <summary>Runs the real writer into a <see cref="Pipe"/> and reads back what a client would receive.</summary>
internal static class FlightOutput
{
    public static readonly JsonSerializerOptions ReflectionJson = new(JsonSerializerDefaults.Web)
    {
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
    };

    public static FlightWriterOptions Options(bool detailed = false, Action<Exception>? onError = null) => new()
    {
        JsonOptions = ReflectionJson,
        ErrorDigest = "d1",
        DetailedErrors = detailed,
        OnError = onError,
    };

    public static async Task<byte[]> WriteBytesAsync(object? value, FlightWriterOptions? options = null, CancellationToken cancellationToken = default)
    {
        var pipe = new Pipe();
        Task<byte[]> reading = ReadAllAsync(pipe.Reader);
        try
        {
            await FlightSerializer.WriteAsync(pipe.Writer, value, options ?? Options(), cancellationToken);
        }
        finally
        {
            await pipe.Writer.CompleteAsync();
        }

        return await reading;
    }

    public static async Task<string> WriteAsync(object? value, FlightWriterOptions? options = null) =>
        Encoding.UTF8.GetString(await WriteBytesAsync(value, options));

    public static async Task<string> WriteErrorAsync(Exception error, FlightWriterOptions options)
    {
        var pipe = new Pipe();
        await FlightSerializer.WriteErrorAsync(pipe.Writer, error, options);
        await pipe.Writer.CompleteAsync();
        return Encoding.UTF8.GetString(await ReadAllAsync(pipe.Reader));
    }

    public static async Task<byte[]> ReadAllAsync(PipeReader reader)
    {
        var all = new ArrayBufferWriter<byte>();
        while (true)
        {
            ReadResult result = await reader.ReadAsync();
            foreach (ReadOnlyMemory<byte> segment in result.Buffer)
            {
                all.Write(segment.Span);
            }

            reader.AdvanceTo(result.Buffer.End);
            if (result.IsCompleted)
            {
                await reader.CompleteAsync();
                return all.WrittenSpan.ToArray();
            }
        }
    }

    /// <summary>Splits a payload into rows (text rows with their newline, binary and T rows by their length), as the client does.</summary>
    public static List<string> Rows(byte[] payload)
    {
        var rows = new List<string>();
        int pos = 0;
        while (pos < payload.Length)
        {
            int colon = Array.IndexOf(payload, (byte)':', pos);
            byte tag = payload[colon + 1];
            int end;
            if ("TAOoUSsLlGgMmVb".Contains((char)tag, StringComparison.Ordinal))
            {
                int comma = Array.IndexOf(payload, (byte)',', colon);
                int length = Convert.ToInt32(Encoding.ASCII.GetString(payload, colon + 2, comma - colon - 2), 16);
                end = comma + 1 + length;
            }
            else
            {
                end = Array.IndexOf(payload, (byte)'\n', colon) + 1;
            }

            rows.Add(Encoding.Latin1.GetString(payload, pos, end - pos));
            pos = end;
        }

        return rows;
    }

    /// <summary>The rows of a payload, sorted: rows may come in any order, so this compares payloads modulo ordering.</summary>
    public static List<string> SortedRows(byte[] payload)
    {
        List<string> rows = Rows(payload);
        rows.Sort(StringComparer.Ordinal);
        return rows;
    }
}
