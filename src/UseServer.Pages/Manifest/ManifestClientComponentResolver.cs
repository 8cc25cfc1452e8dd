using System.Collections.Concurrent;
using System.Reflection;
using UseServer.Components;
using UseServer.Flight;

namespace UseServer.Pages.Manifest;

/// <summary>
/// Resolves a C# client component class to its manifest entry through its <see cref="ClientComponentAttribute"/>.
/// The answer is cached per type; <see cref="Check"/> runs at startup for every client component of the app.
/// </summary>
internal sealed class ManifestClientComponentResolver(ClientManifest manifest) : IClientComponentResolver
{
    private readonly ConcurrentDictionary<Type, ClientReference> _references = new();

    public ClientManifest Manifest => manifest;

    public ClientReference Resolve(Type componentType) =>
        _references.GetOrAdd(componentType, static (type, self) => self.Create(type), this);

    /// <summary>Resolves every type, throwing one error that lists each type the manifest lacks.</summary>
    public void Check(IEnumerable<Type> componentTypes)
    {
        var missing = new List<string>();
        foreach (Type type in componentTypes)
        {
            try
            {
                Resolve(type);
            }
            catch (InvalidOperationException e)
            {
                missing.Add(e.Message);
            }
        }

        if (missing.Count > 0)
        {
            throw new InvalidOperationException(string.Join(Environment.NewLine, missing));
        }
    }

    private ClientReference Create(Type type)
    {
        ClientComponentAttribute attribute = type.GetCustomAttribute<ClientComponentAttribute>()
            ?? throw new InvalidOperationException($"{type.FullName} has no [ClientComponent] attribute.");
        string export = attribute.Export ?? type.Name;
        string key = attribute.Module + "#" + export;
        return manifest.Components.TryGetValue(key, out ClientManifestEntry? entry)
            ? new ClientReference(entry.Id, entry.Chunks, entry.Name)
            : throw new InvalidOperationException(
                $"Client component {type.FullName} refers to '{key}', which the client manifest does not list: is '{attribute.Module}' marked \"use client\" and does it export '{export}'?");
    }
}
