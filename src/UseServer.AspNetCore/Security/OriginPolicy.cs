using System.Collections.Frozen;
using Microsoft.AspNetCore.Http;

namespace UseServer.AspNetCore.Security;

/// <summary>
/// Cross-site request forgery defence, checked before the function is looked up.
/// Browsers always send <c>Origin</c> on a cross-origin POST (and <c>Sec-Fetch-Site</c> on modern ones),
/// so a call is accepted when:
/// <list type="bullet">
/// <item><c>Origin</c> equals the request's own scheme, host and port exactly (browsers serialize it in
/// lower case), or one of <see cref="ServerFunctionOptions.AllowedOrigins"/>; <c>null</c> never matches;</item>
/// <item>without <c>Origin</c>, <c>Sec-Fetch-Site</c> is <c>same-origin</c>;</item>
/// <item>with neither header (a non-browser client), the request carries no cookies.</item>
/// </list>
/// Host validation itself is ASP.NET's HostFiltering (<c>AllowedHosts</c>), which runs first.
/// </summary>
internal sealed class OriginPolicy
{
    private const string SecFetchSite = "Sec-Fetch-Site";
    private const string SameOrigin = "same-origin";
    private const string SchemeSeparator = "://";

    private readonly FrozenSet<string> _allowed;

    public OriginPolicy(IEnumerable<string> allowedOrigins)
    {
        ArgumentNullException.ThrowIfNull(allowedOrigins);
        _allowed = allowedOrigins.Select(Normalize).ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>Whether the request may call a function.</summary>
    public bool IsAllowed(HttpRequest request)
    {
        IHeaderDictionary headers = request.Headers;
        var origin = headers.Origin;
        var fetchSite = headers[SecFetchSite];
        if (origin.Count > 1 || fetchSite.Count > 1)
        {
            return false; // ambiguous: never pick one of several
        }

        if (origin.Count == 1)
        {
            string value = origin[0] ?? string.Empty;
            if (IsSelf(value, request))
            {
                // A browser that sends our own origin also says same-origin; anything else is forged.
                return fetchSite.Count == 0 || string.Equals(fetchSite[0], SameOrigin, StringComparison.Ordinal);
            }

            return _allowed.Contains(value);
        }

        if (fetchSite.Count == 1)
        {
            return string.Equals(fetchSite[0], SameOrigin, StringComparison.Ordinal);
        }

        // No browser evidence at all: a script or server-side caller. Cookies are what a forged
        // cross-site request would ride on, so a cookie-bearing request must prove its origin.
        return headers.Cookie.Count == 0;
    }

    /// <summary>Compares <c>scheme://host[:port]</c> without building the string.</summary>
    private static bool IsSelf(string origin, HttpRequest request)
    {
        ReadOnlySpan<char> rest = origin;
        string scheme = request.Scheme;
        if (!rest.StartsWith(scheme, StringComparison.Ordinal))
        {
            return false;
        }

        rest = rest[scheme.Length..];
        if (!rest.StartsWith(SchemeSeparator, StringComparison.Ordinal))
        {
            return false;
        }

        rest = rest[SchemeSeparator.Length..];
        string? host = request.Host.Value;

        // Host headers are case-insensitive, but browsers serialize Origin in lower case: an upper-case
        // Origin did not come from a browser and is refused.
        return host is { Length: > 0 }
            && rest.Equals(host, StringComparison.OrdinalIgnoreCase)
            && !rest.ContainsAnyInRange('A', 'Z');
    }

    /// <summary>Turns a configured origin into the form browsers send: lower-case <c>scheme://host[:port]</c>.</summary>
    private static string Normalize(string origin)
    {
        if (string.IsNullOrWhiteSpace(origin) || origin is "null" or "*"
            || !Uri.TryCreate(origin, UriKind.Absolute, out Uri? uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
            || uri.AbsolutePath != "/" || uri.Query.Length > 0 || uri.Fragment.Length > 0 || uri.UserInfo.Length > 0)
        {
            throw new InvalidOperationException(
                $"'{origin}' in ServerFunctionOptions.AllowedOrigins is not an http(s) origin such as https://app.example.com ('null' and '*' are refused).");
        }

        return uri.GetLeftPart(UriPartial.Authority).ToLowerInvariant();
    }
}
