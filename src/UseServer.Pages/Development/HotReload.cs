using System.Reflection.Metadata;

[assembly: MetadataUpdateHandler(typeof(UseServer.Pages.Development.HotReload))]

namespace UseServer.Pages.Development;

/// <summary>
/// .NET Hot Reload's hook (<c>dotnet watch</c> applied an edit to the running app, e.g. a server component's method
/// body): the runtime calls <see cref="UpdateApplication"/> after each update, and the development event stream tells
/// open pages to refresh. Edits Hot Reload cannot apply restart the process instead; pages notice the new boot ID.
/// </summary>
internal static class HotReload
{
    /// <summary>Raised after the runtime applied an update (on the thread that applied it).</summary>
    public static event Action<Type[]?>? Updated;

    /// <summary>Called by the runtime (by name) after each update.</summary>
    public static void UpdateApplication(Type[]? updatedTypes) => Updated?.Invoke(updatedTypes);
}
