using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace UseServer.AspNetCore.Pipeline;

/// <summary>The two body encodings React's <c>encodeReply</c> produces (docs/protocol.md, requests).</summary>
internal enum BodyEncoding
{
    /// <summary>Anything else: 415.</summary>
    Unsupported,

    /// <summary><c>text/plain;charset=UTF-8</c>: one JSON root.</summary>
    Text,

    /// <summary><c>multipart/form-data; boundary=…</c>: parts by name.</summary>
    Multipart,

    /// <summary>A multipart type with a missing, empty or over-long boundary: 400.</summary>
    MalformedMultipart,
}

/// <summary>Classifies the request's <c>Content-Type</c> (and refuses content codings we do not decode).</summary>
internal static class MediaTypes
{
    /// <summary>RFC 2046 §5.1.1: a boundary is 1 to 70 characters.</summary>
    private const int MaxBoundaryLength = 70;

    private const string TextPlain = "text/plain";
    private const string MultipartFormData = "multipart/form-data";
    private const string Utf8 = "utf-8";
    private const string Identity = "identity";

    public static BodyEncoding Classify(string? contentType, StringValues contentEncoding, out string boundary)
    {
        boundary = string.Empty;

        // A compressed body would have to be inflated to be limited (the gzip-bomb case): refuse it.
        if (contentEncoding.Count > 0 && !(contentEncoding.Count == 1 && string.Equals(contentEncoding[0], Identity, StringComparison.OrdinalIgnoreCase)))
        {
            return BodyEncoding.Unsupported;
        }

        if (contentType is null || !MediaTypeHeaderValue.TryParse(contentType, out MediaTypeHeaderValue? mediaType))
        {
            return BodyEncoding.Unsupported;
        }

        if (mediaType.MediaType.Equals(TextPlain, StringComparison.OrdinalIgnoreCase))
        {
            // React sends text/plain;charset=UTF-8. No charset means UTF-8 too; any other, or two, is refused.
            int charsets = 0;
            foreach (NameValueHeaderValue parameter in mediaType.Parameters)
            {
                if (parameter.Name.Equals("charset", StringComparison.OrdinalIgnoreCase)
                    && (++charsets > 1 || !HeaderUtilities.RemoveQuotes(parameter.Value).Equals(Utf8, StringComparison.OrdinalIgnoreCase)))
                {
                    return BodyEncoding.Unsupported;
                }
            }

            return BodyEncoding.Text;
        }

        if (mediaType.MediaType.Equals(MultipartFormData, StringComparison.OrdinalIgnoreCase))
        {
            StringSegment value = HeaderUtilities.RemoveQuotes(mediaType.Boundary);
            if (value.Length is 0 or > MaxBoundaryLength)
            {
                return BodyEncoding.MalformedMultipart;
            }

            boundary = value.ToString();
            return BodyEncoding.Multipart;
        }

        return BodyEncoding.Unsupported;
    }
}
