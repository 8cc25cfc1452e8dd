using System.Text.Json;
using UseServer.Flight.Reply;

namespace UseServer;

/// <summary>
/// How server functions are served. Every default is the secure one; see each property.
/// </summary>
public sealed class ServerFunctionOptions
{
    /// <summary>
    /// The path under which functions are mapped: <c>POST {PathPrefix}/{id}</c>. Default <c>/_serverfn</c>.
    /// Must start with <c>/</c> and not end with one.
    /// </summary>
    public string PathPrefix { get; set; } = "/_serverfn";

    /// <summary>
    /// Bounds on request bodies and decoding (bounded work). The body limit defaults to 1 MiB; a
    /// function's <c>[RequestSizeLimit]</c> overrides it for that function.
    /// </summary>
    public ReplyLimits Limits { get; set; } = new();

    /// <summary>
    /// Whether exception messages and decoder details reach clients. <see langword="null"/> (the default)
    /// means on only when the environment is Development.
    /// </summary>
    public bool? DetailedErrors { get; set; }

    /// <summary>
    /// Origins besides the request's own (scheme, host and port) that may call functions, such as
    /// <c>https://app.example.com</c>. Empty by default. <c>null</c> and <c>*</c> are refused.
    /// </summary>
    public IList<string> AllowedOrigins { get; } = [];

    /// <summary>
    /// Whether every function must declare who may call it (<c>[Authorize]</c>, <c>[AllowAnonymous]</c> or
    /// a convention such as <c>.RequireAuthorization()</c>). A function without either fails at startup.
    /// Default <see langword="true"/> (deny by default).
    /// </summary>
    public bool RequireAuthorizationMetadata { get; set; } = true;

    /// <summary>
    /// Where record and class metadata comes from, for binding arguments and writing results. Defaults to
    /// the application's minimal-API JSON options (<c>Microsoft.AspNetCore.Http.Json.JsonOptions</c>);
    /// give it a source-generated <c>TypeInfoResolver</c> to stay trimming- and AOT-safe.
    /// </summary>
    public JsonSerializerOptions? JsonSerializerOptions { get; set; }

    /// <summary>
    /// Decides which exceptions may show their message to clients when detailed errors are off.
    /// <see cref="ServerFunctionException"/> always may. Default: none other.
    /// </summary>
    public Func<Exception, bool>? IsSafeForClient { get; set; }

    /// <summary>
    /// How long a sealed bound-arguments token (<see cref="IServerFunctionReferences.Bind(string, object?[])"/>)
    /// stays valid. <see langword="null"/> (the default): as long as the Data Protection key ring can
    /// unprotect it. When set, tokens carry their expiry and an expired one is refused like a forged one.
    /// </summary>
    public TimeSpan? BoundArgumentsLifetime { get; set; }

    /// <summary>
    /// The longest bound-arguments token accepted, in characters; checked before any decoding or crypto.
    /// Minting a longer token fails. Default 16384.
    /// </summary>
    public int MaxBoundArgumentsTokenLength { get; set; } = 16 * 1024;
}
