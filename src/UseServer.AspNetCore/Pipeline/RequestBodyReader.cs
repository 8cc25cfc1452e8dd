using System.Buffers;
using System.IO.Pipelines;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;
using UseServer.Flight.Reply;

namespace UseServer.AspNetCore.Pipeline;

/// <summary>
/// Reads a call's body into a <see cref="ReplyPayload"/>: the whole body first, limited while it streams
/// (413 above the limit, with or without <c>Content-Length</c>), then multipart bodies through ASP.NET's
/// <see cref="MultipartReader"/> with its header limits. The decoder is synchronous over
/// the buffered payload, so a slow client holds no decoder state while it trickles bytes.
/// </summary>
internal static class RequestBodyReader
{
    /// <summary>Most header lines in one part (ASP.NET's <c>MultipartHeadersCountLimit</c> default).</summary>
    private const int MaxPartHeaderCount = 16;

    /// <summary>The first buffer a part is read into; larger parts double it.</summary>
    private const int PartReadSize = 4096;

    private const string ContentTransferEncoding = "Content-Transfer-Encoding";
    private const string FormData = "form-data";

    /// <summary>Reads the whole body, refusing it as soon as it exceeds <paramref name="limit"/>.</summary>
    /// <exception cref="ReplyDecodeException">With <see cref="ReplyErrorCode.BodyTooLarge"/>.</exception>
    public static async ValueTask<byte[]> ReadBodyAsync(HttpContext context, long limit, CancellationToken cancellationToken)
    {
        HttpRequest request = context.Request;
        if (request.ContentLength > limit)
        {
            throw TooLarge(limit);
        }

        // Let the server enforce it too (Kestrel answers 413 itself for a chunked body that runs over).
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeFeature)
        {
            sizeFeature.MaxRequestBodySize = limit;
        }

        PipeReader reader = request.BodyReader;
        while (true)
        {
            ReadResult result = await reader.ReadAsync(cancellationToken);
            ReadOnlySequence<byte> buffer = result.Buffer;
            if (buffer.Length > limit)
            {
                reader.AdvanceTo(buffer.Start);
                throw TooLarge(limit);
            }

            if (result.IsCompleted)
            {
                byte[] body = buffer.ToArray();
                reader.AdvanceTo(buffer.End);
                return body;
            }

            reader.AdvanceTo(buffer.Start, buffer.End); // keep everything, ask for more
        }
    }

    /// <summary>Splits a buffered multipart body into parts by exact name.</summary>
    /// <exception cref="ReplyDecodeException">A malformed body, a part over its limits, or a content transfer encoding.</exception>
    public static ValueTask<ReplyPayload> ReadMultipartAsync(byte[] body, string boundary, ReplyLimits limits, CancellationToken cancellationToken) =>
        ReadMultipartAsync(body, boundary, limits, keep: null, cancellationToken);

    /// <summary>
    /// Splits a buffered multipart body into parts by exact name, keeping only the parts whose name <paramref name="keep"/>
    /// accepts (all when it is <see langword="null"/>). Skipped parts are framing only: their headers are read within
    /// <see cref="ReplyLimits.MaxPartHeaderSize"/>, their content is not copied and counts against no part limit (the
    /// buffered body bounds it). A no-JS form post is read this way during routing, before its function is known.
    /// </summary>
    /// <exception cref="ReplyDecodeException">A malformed body, a kept part over its limits, or a content transfer encoding on one.</exception>
    public static async ValueTask<ReplyPayload> ReadMultipartAsync(byte[] body, string boundary, ReplyLimits limits, Func<string, bool>? keep, CancellationToken cancellationToken)
    {
        var reader = new MultipartReader(boundary, new MemoryStream(body, writable: false))
        {
            HeadersLengthLimit = limits.MaxPartHeaderSize,
            HeadersCountLimit = MaxPartHeaderCount,
            BodyLengthLimit = keep is null ? limits.MaxPartSize : null, // kept parts are checked by the builder
        };
        var builder = new ReplyPayload.Builder(limits);
        try
        {
            while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out ContentDispositionHeaderValue? disposition)
                    || !disposition.DispositionType.Equals(FormData, StringComparison.OrdinalIgnoreCase) || disposition.Name.Length == 0)
                {
                    throw new ReplyDecodeException(ReplyErrorCode.Malformed, "A multipart part is not form-data with a name.");
                }

                string name = HeaderUtilities.RemoveQuotes(disposition.Name).ToString();
                if (keep?.Invoke(name) == false)
                {
                    continue; // the next ReadNextSectionAsync skips its content
                }

                if (section.Headers?.ContainsKey(ContentTransferEncoding) == true)
                {
                    // Browsers never send it; base64 or quoted-printable parts would bypass the size accounting.
                    throw new ReplyDecodeException(ReplyErrorCode.Malformed, "Multipart parts must not have a Content-Transfer-Encoding.");
                }

                byte[] data = await ReadPartAsync(section.Body, cancellationToken);
                if (disposition.FileName.HasValue || disposition.FileNameStar.HasValue)
                {
                    string fileName = HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).ToString();
                    builder.AddFile(name, fileName, section.ContentType, data);
                }
                else
                {
                    builder.AddField(name, data);
                }
            }
        }
        catch (Exception e) when (e is IOException or InvalidDataException)
        {
            // Truncated body, missing final boundary, header or part limits (MultipartReader's own errors).
            throw new ReplyDecodeException(ReplyErrorCode.Malformed, "The multipart body is malformed: " + e.Message, e);
        }

        return builder.Build();
    }

    /// <summary>A part's content in one exact-size array: read into pooled buffers, copied once (not a growing stream and then its copy).</summary>
    private static async ValueTask<byte[]> ReadPartAsync(Stream content, CancellationToken cancellationToken)
    {
        byte[] buffer = ArrayPool<byte>.Shared.Rent(PartReadSize);
        int length = 0;
        try
        {
            while (true)
            {
                if (length == buffer.Length)
                {
                    byte[] larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                int read = await content.ReadAsync(buffer.AsMemory(length), cancellationToken);
                if (read == 0)
                {
                    return buffer.AsSpan(0, length).ToArray();
                }

                length += read;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static ReplyDecodeException TooLarge(long limit) =>
        new(ReplyErrorCode.BodyTooLarge, $"The request body is larger than {limit} bytes.");
}
