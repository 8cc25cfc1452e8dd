namespace UseServer;

/// <summary>
/// Marks a method as a React server function (or, on a class, every public method of it). The source
/// generator registers it; <c>MapServerFunctions()</c> serves it at <c>POST {prefix}/{id}</c>.
/// </summary>
/// <remarks>
/// Every server function is a public HTTP endpoint. Declare who may call it with <c>[Authorize]</c> or
/// <c>[AllowAnonymous]</c> on the method or its class; attributes such as <c>[EnableRateLimiting]</c>,
/// <c>[RequestTimeout]</c> and <c>[RequestSizeLimit]</c> apply as they do to any ASP.NET Core endpoint.
/// </remarks>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class ServerFunctionAttribute : Attribute
{
    /// <summary>
    /// An explicit, stable ID that overrides the generated one. Use only URL path characters other than
    /// <c>/</c>, <c>%</c>, <c>?</c> and <c>#</c> (for example <c>notes.create</c>).
    /// </summary>
    public string? Id { get; set; }
}
