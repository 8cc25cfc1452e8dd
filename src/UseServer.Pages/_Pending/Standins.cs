// TEMPORARY stand-ins for the parts other branches are building (components: helper A; renderer: helper B).
// Deleted when those branches merge.
#pragma warning disable
using System.IO.Pipelines;
using UseServer.Flight;

namespace UseServer.Components
{
    public abstract class Node { public string? Key { get; init; } }
    [AttributeUsage(AttributeTargets.Class)] public sealed class ClientComponentAttribute(string module) : Attribute { public string Module { get; } = module; public string? Export { get; init; } }
    public interface IClientComponentResolver { ClientReference Resolve(Type componentType); }
    public sealed class ComponentRenderContext { public required IServiceProvider Services { get; init; } public CancellationToken CancellationToken { get; init; } public required IClientComponentResolver ClientComponents { get; init; } public IDictionary<Type, object> Features { get; } = new Dictionary<Type, object>(); }
    public static class ComponentTree { public static object ToFlightValue(Node root, ComponentRenderContext context) => throw new NotImplementedException(); public static IReadOnlyList<Type> FindClientComponents(System.Reflection.Assembly assembly) => []; }
}

namespace UseServer.Pages.Rendering
{
    internal interface IHtmlRenderer { Task RenderAsync(PipeReader flight, PipeWriter html, HtmlRenderRequest request, CancellationToken ct); }
    internal sealed record HtmlRenderRequest(IReadOnlyList<string> BootstrapModules, string? Nonce);
}
