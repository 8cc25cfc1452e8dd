using System.Text.Json;

namespace UseServer.Flight.Writing;

/// <summary>How the Flight writer serializes results and errors.</summary>
internal sealed class FlightWriterOptions
{
    /// <summary>
    /// Where record and class metadata comes from (property names and getters). Required for any value
    /// that is not a primitive or a <see cref="Values.JsValue"/>; a source-generated context keeps it AOT-safe.
    /// </summary>
    public JsonSerializerOptions? JsonOptions { get; init; }

    /// <summary>Whether exception messages reach the client (Development only by default).</summary>
    public bool DetailedErrors { get; init; }

    /// <summary>
    /// Whether elements carry the development form's trailing slots (owner, debug stack, "validated":
    /// <c>["$",type,key,props,null,null,1]</c> for fixed children), which React's development client reads so it does not
    /// warn about keys there. Off (the default), elements are <c>["$",type,key,props]</c>, what React's production server
    /// writes: 12 bytes fewer per fixed child (issue #13). Hosts set it from the environment (Development).
    /// </summary>
    public bool DevelopmentElements { get; init; }

    /// <summary>Which exceptions may show their message even without detailed errors.</summary>
    public Func<Exception, bool>? IsSafeForClient { get; init; }

    /// <summary>The digest written with every error row (the request's trace id when hosted).</summary>
    public string ErrorDigest { get; init; } = string.Empty;

    /// <summary>
    /// Called with every exception the writer turns into an error row (a faulted task or async sequence, a value
    /// that failed while being written), so the host can log it; like React's <c>onError</c>.
    /// </summary>
    public Action<Exception>? OnError { get; init; }
}
