using UseServer.Components;

namespace UseServer.Pages;

/// <summary>
/// Inside an error page (<c>WithErrorPage</c>): the caught error's message. Production sends no message for exceptions
/// the app does not mark safe for clients, and React's production client shows none: there <see cref="Fallback"/> shows.
/// </summary>
[ClientComponent(Navigation.PackageModules.Segment)]
public sealed class ErrorMessage : ClientComponent
{
    /// <summary>The element's <c>class</c>.</summary>
    public string? ClassName { get; init; }

    /// <summary>The text shown when the error carries no message of the server's; <c>Something went wrong.</c> when unset.</summary>
    public string? Fallback { get; init; }
}
