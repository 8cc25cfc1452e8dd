using UseServer.Components;

namespace UseServer.Pages;

/// <summary>Inside an error page (<c>WithErrorPage</c>): the caught error's digest, the request's trace ID in the server's logs.</summary>
[ClientComponent(Navigation.PackageModules.Segment)]
public sealed class ErrorDigest : ClientComponent
{
    /// <summary>The element's <c>class</c>.</summary>
    public string? ClassName { get; init; }
}
