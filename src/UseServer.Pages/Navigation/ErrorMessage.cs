using UseServer.Components;

namespace UseServer.Pages;

/// <summary>
/// Inside an error page (<c>WithErrorPage</c>): the caught error's message. Production sends no message for exceptions
/// the app does not mark safe for clients (React's generic text shows instead); Development sends it.
/// </summary>
[ClientComponent(Navigation.PackageModules.Segment)]
public sealed class ErrorMessage : ClientComponent
{
    /// <summary>The element's <c>class</c>.</summary>
    public string? ClassName { get; init; }
}
