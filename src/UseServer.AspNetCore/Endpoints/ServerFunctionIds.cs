namespace UseServer.AspNetCore.Endpoints;

/// <summary>
/// The characters a function ID may use: printable ASCII except space, <c>/</c>, <c>\</c>, <c>?</c>, <c>%</c>,
/// <c>{</c> and <c>}</c>, so an ID is one literal path segment whose decoded form is unambiguous and
/// which never reads as a route parameter. Characters such as <c>#</c> (generated IDs end in
/// <c>#hash</c>) must be URL-escaped by the client, as <c>encodeURIComponent</c> does; the server
/// matches the decoded path. Generated IDs and explicit <c>[ServerFunction(Id = ...)]</c> must fit.
/// </summary>
internal static class ServerFunctionIds
{
    /// <summary>Longest ID (keeps logs, metrics tags and URLs small).</summary>
    public const int MaxLength = 256;

    private const string Refused = " /\\?%{}";

    public static void Validate(string? id)
    {
        if (string.IsNullOrEmpty(id) || id.Length > MaxLength || id.AsSpan().IndexOfAnyExceptInRange('!', '~') >= 0 || id.AsSpan().IndexOfAny(Refused) >= 0 || id is "." or "..")
        {
            throw new InvalidOperationException(
                $"Server function ID '{id}' must be 1–{MaxLength} printable ASCII characters without space, '/', '\\', '?', '%', '{{' or '}}'.");
        }
    }
}
