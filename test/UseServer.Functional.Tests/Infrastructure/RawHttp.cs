using System.Net.Sockets;
using System.Text;

namespace UseServer.Functional.Tests.Infrastructure;

/// <summary>A parsed HTTP/1.1 response, or a connection the server closed without one.</summary>
public sealed record RawResponse(int Status, IReadOnlyList<KeyValuePair<string, string>> Headers, string Body)
{
    /// <summary>The status the corpus calls "connection-closed".</summary>
    public const int ConnectionClosed = -1;

    public string? Header(string name) => Headers.FirstOrDefault(h => h.Key.Equals(name, StringComparison.OrdinalIgnoreCase)).Value;

    public bool HasHeader(string name, string value) =>
        Headers.Any(h => h.Key.Equals(name, StringComparison.OrdinalIgnoreCase) && h.Value.Equals(value, StringComparison.OrdinalIgnoreCase));
}

/// <summary>
/// A minimal HTTP/1.1 client over a raw socket: the corpus needs requests HttpClient refuses to send
/// (lower-case methods, duplicate or malformed headers, a forged Host, lying Content-Length, slow bodies).
/// </summary>
public static class RawHttp
{
    /// <summary>Guards against a hung server: a test fails instead of waiting forever. Not a timing assertion.</summary>
    public static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(90);

    public static async Task<RawResponse> SendAsync(
        int port, string method, string path, IEnumerable<(string Name, string Value)> headers, byte[]? body = null, bool chunked = false, bool addHost = true)
    {
        using var cts = new CancellationTokenSource(HangGuard);
        using var client = new TcpClient();
        await client.ConnectAsync("127.0.0.1", port, cts.Token);
        NetworkStream stream = client.GetStream();

        var head = new StringBuilder();
        head.Append(method).Append(' ').Append(path).Append(" HTTP/1.1\r\n");
        List<(string Name, string Value)> list = [.. headers];
        if (addHost && !list.Any(h => h.Name.Equals("Host", StringComparison.OrdinalIgnoreCase)))
        {
            head.Append("Host: 127.0.0.1:").Append(port).Append("\r\n");
        }

        foreach ((string name, string value) in list)
        {
            head.Append(name).Append(": ").Append(value).Append("\r\n");
        }

        if (body is not null && !list.Any(h => h.Name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase)))
        {
            head.Append(chunked ? "Transfer-Encoding: chunked\r\n" : $"Content-Length: {body.Length}\r\n");
        }

        head.Append("Connection: close\r\n\r\n");
        Task<byte[]> reading = ReadAllAsync(stream, cts.Token);
        try
        {
            await stream.WriteAsync(Encoding.Latin1.GetBytes(head.ToString()), cts.Token);
            if (body is not null)
            {
                await WriteBodyAsync(stream, body, chunked, cts.Token);
            }
        }
        catch (IOException)
        {
            // The server answered early (413) and closed while we were still sending: read what it said.
        }

        return Parse(await reading);
    }

    /// <summary>Sends <paramref name="head"/> and the start of a body, then trickles or stalls; returns what the server did.</summary>
    public static async Task<RawResponse> SendSlowAsync(int port, string head, byte[] initial, TimeSpan tick, int bytesPerTick)
    {
        using var cts = new CancellationTokenSource(HangGuard);
        using var client = new TcpClient();
        await client.ConnectAsync("127.0.0.1", port, cts.Token);
        NetworkStream stream = client.GetStream();
        Task<byte[]> reading = ReadAllAsync(stream, cts.Token);
        try
        {
            await stream.WriteAsync(Encoding.Latin1.GetBytes(head), cts.Token);
            await stream.WriteAsync(initial, cts.Token);
            while (!reading.IsCompleted && bytesPerTick > 0)
            {
                await Task.WhenAny(reading, Task.Delay(tick, cts.Token));
                if (!reading.IsCompleted)
                {
                    await stream.WriteAsync(Enumerable.Repeat((byte)'a', bytesPerTick).ToArray(), cts.Token);
                }
            }
        }
        catch (IOException)
        {
        }

        return Parse(await reading);
    }

    private static async Task WriteBodyAsync(NetworkStream stream, byte[] body, bool chunked, CancellationToken cancellationToken)
    {
        const int ChunkSize = 64 * 1024;
        for (int offset = 0; offset < body.Length; offset += ChunkSize)
        {
            int count = Math.Min(ChunkSize, body.Length - offset);
            if (chunked)
            {
                await stream.WriteAsync(Encoding.ASCII.GetBytes($"{count:x}\r\n"), cancellationToken);
            }

            await stream.WriteAsync(body.AsMemory(offset, count), cancellationToken);
            if (chunked)
            {
                await stream.WriteAsync("\r\n"u8.ToArray(), cancellationToken);
            }
        }

        if (chunked)
        {
            await stream.WriteAsync("0\r\n\r\n"u8.ToArray(), cancellationToken);
        }
    }

    private static async Task<byte[]> ReadAllAsync(NetworkStream stream, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        byte[] chunk = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
            {
                buffer.Write(chunk, 0, read);
            }
        }
        catch (IOException)
        {
            // reset after (or instead of) the response
        }

        return buffer.ToArray();
    }

    private static RawResponse Parse(byte[] bytes)
    {
        int end = bytes.AsSpan().IndexOf("\r\n\r\n"u8);
        string head = end < 0 ? string.Empty : Encoding.Latin1.GetString(bytes, 0, end);
        if (!head.StartsWith("HTTP/1.1 ", StringComparison.Ordinal))
        {
            return new RawResponse(RawResponse.ConnectionClosed, [], Encoding.UTF8.GetString(bytes));
        }

        string[] lines = head.Split("\r\n");
        int status = int.Parse(lines[0].AsSpan(9, 3));
        var headers = lines.Skip(1).Select(l => l.Split(':', 2)).Select(p => KeyValuePair.Create(p[0].Trim(), p.Length > 1 ? p[1].Trim() : "")).ToList();
        byte[] body = bytes[(end + 4)..];
        if (headers.Any(h => h.Key.Equals("Transfer-Encoding", StringComparison.OrdinalIgnoreCase) && h.Value.Contains("chunked")))
        {
            body = Dechunk(body);
        }

        return new RawResponse(status, headers, Encoding.UTF8.GetString(body));
    }

    private static byte[] Dechunk(byte[] body)
    {
        using var result = new MemoryStream();
        int i = 0;
        while (i < body.Length)
        {
            int lineEnd = body.AsSpan(i).IndexOf("\r\n"u8);
            if (lineEnd < 0 || !int.TryParse(Encoding.ASCII.GetString(body, i, lineEnd).Split(';')[0], System.Globalization.NumberStyles.HexNumber, null, out int size) || size == 0)
            {
                break;
            }

            int start = i + lineEnd + 2;
            result.Write(body, start, Math.Min(size, body.Length - start));
            i = start + size + 2;
        }

        return result.ToArray();
    }
}
