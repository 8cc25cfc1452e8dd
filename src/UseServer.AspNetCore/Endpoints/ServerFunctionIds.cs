namespace UseServer.AspNetCore.Endpoints;

/// <summary>
/// The characters a function ID may use: RFC 3986 path characters (<c>pchar</c>) except <c>%</c>, so an ID
/// is one literal path segment that means the same escaped or not, and <c>{</c>/<c>}</c> never appear
/// in a route pattern. Generated IDs and explicit <c>[ServerFunction(Id = ...)]</c> must fit.
/// </summary>
internal static class ServerFunctionIds
{
    /// <summary>Longest ID (keeps logs, metrics tags and URLs small).</summary>
    public const int MaxLength = 256;

    private const string Allowed = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$&'()*+,;=:@";

    public static void Validate(string? id)
    {
        if (string.IsNullOrEmpty(id) || id.Length > MaxLength || id.AsSpan().IndexOfAnyExcept(Allowed) >= 0 || id is "." or "..")
        {
            throw new InvalidOperationException(
                $"Server function ID '{id}' is not 1–{MaxLength} URL path characters (letters, digits and -._~!$&'()*+,;=:@).");
        }
    }
}
