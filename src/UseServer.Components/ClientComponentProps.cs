using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace UseServer.Components;

/// <summary>
/// Reads a client component's props: its public instance properties (but <see cref="Node.Key"/>), found once per class
/// and cached, named in camelCase, or as <c>[JsonPropertyName]</c> says (<c>"data-testid"</c>, <c>"aria-label"</c>).
/// </summary>
internal static class ClientComponentProps
{
    private static readonly ConcurrentDictionary<Type, (string Name, PropertyInfo Property)[]> s_properties = new();

    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = "Client component classes are app types whose public properties are their props; apps keep them.")]
    public static (string Name, PropertyInfo Property)[] Of(Type type) =>
        s_properties.GetOrAdd(type, static t =>
        [
            .. t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(static p => p.GetIndexParameters().Length == 0 && p.CanRead && p.Name != nameof(Node.Key))
                .Select(static p => (p.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(p.Name), p)),
        ]);

    /// <summary>Every <see cref="ClientComponentAttribute"/> class of <paramref name="assembly"/>, for the startup check.</summary>
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Startup check over the app's own assembly.")]
    public static IEnumerable<Type> Find(Assembly assembly) =>
        assembly.GetTypes().Where(static t => !t.IsAbstract && t.IsSubclassOf(typeof(ClientComponent)) && t.GetCustomAttribute<ClientComponentAttribute>() is not null);
}
