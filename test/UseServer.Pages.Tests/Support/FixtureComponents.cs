using UseServer.Components;
using UseServer.Flight;

namespace UseServer.Pages.Tests.Support;

// C# handles of the client components of test/fixtures-js/ssr-app/src.

[ClientComponent("src/Counter.tsx")]
internal sealed class Counter : ClientComponent
{
    public required string Label { get; init; }

    public int? Start { get; init; }
}

[ClientComponent("src/Panel.tsx", Export = "default")]
internal sealed class Panel : ClientComponent
{
    public required string Title { get; init; }

    public IReadOnlyList<Node>? Children { get; init; }
}

[ClientComponent("src/ActionForm.tsx")]
internal sealed class ActionForm : ClientComponent
{
    public required ServerReference Action { get; init; }

    public string? Permalink { get; init; }
}

[ClientComponent("src/ActionForm.tsx")]
internal sealed class PlainForm : ClientComponent
{
    public required ServerReference Action { get; init; }
}

[ClientComponent("src/Limits.tsx")]
internal sealed class Hog : ClientComponent;

[ClientComponent("src/Limits.tsx")]
internal sealed class Spin : ClientComponent;

[ClientComponent("src/Limits.tsx")]
internal sealed class Throws : ClientComponent
{
    public required string Message { get; init; }
}

/// <summary>A server component that waits for the test.</summary>
internal sealed class Gated : Component
{
    public required Task<Node?> Output { get; init; }

    protected override async ValueTask<Node?> RenderAsync(ComponentContext context) => await Output;
}
