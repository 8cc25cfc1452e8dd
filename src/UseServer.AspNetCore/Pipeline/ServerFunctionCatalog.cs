using System.Collections.Frozen;
using System.Reflection;
using UseServer.AspNetCore.Endpoints;

namespace UseServer.AspNetCore.Pipeline;

/// <summary>
/// The application's mapped server functions, built once by <c>MapServerFunctions</c> from the registered descriptors:
/// ID → plan, and method → ID for references made from a method group. Immutable once built.
/// </summary>
internal sealed class ServerFunctionCatalog
{
    private readonly FrozenDictionary<string, ServerFunctionPlan> _plans;
    private readonly FrozenDictionary<MethodInfo, string> _ids;

    private ServerFunctionCatalog(ServerFunctionPlan[] plans)
    {
        Plans = plans;
        _plans = plans.ToFrozenDictionary(static p => p.Id, StringComparer.Ordinal);
        _ids = plans.ToFrozenDictionary(static p => p.Descriptor.Method, static p => p.Id);
    }

    /// <summary>Every function, in registration order.</summary>
    public IReadOnlyList<ServerFunctionPlan> Plans { get; }

    /// <summary>Plans every descriptor: validates IDs and refuses two functions with one ID.</summary>
    /// <exception cref="InvalidOperationException">An ID is invalid or taken twice, or a descriptor does not match its method.</exception>
    public static ServerFunctionCatalog Build(IEnumerable<ServerFunctionDescriptor> descriptors, ServerFunctionRuntime runtime)
    {
        var plans = new List<ServerFunctionPlan>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (ServerFunctionDescriptor descriptor in descriptors)
        {
            ServerFunctionIds.Validate(descriptor.Id);
            if (!ids.Add(descriptor.Id))
            {
                throw new InvalidOperationException($"Two server functions have the ID '{descriptor.Id}'. Give one an explicit [ServerFunction(Id = ...)].");
            }

            plans.Add(ServerFunctionPlan.Create(descriptor, runtime));
        }

        return new ServerFunctionCatalog([.. plans]);
    }

    public bool TryGetPlan(string id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ServerFunctionPlan? plan) =>
        _plans.TryGetValue(id, out plan);

    public bool TryGetId(MethodInfo method, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? id) =>
        _ids.TryGetValue(method, out id);
}
