using Microsoft.AspNetCore.DataProtection;
using Notes.Data;

namespace Notes.Hosting;

/// <summary>
/// Where the Data Protection key ring lives, chosen by configuration, so that several instances of the app open each
/// other's sealed values (bound arguments of server functions, antiforgery tokens). ASP.NET's own providers only:
/// <list type="bullet">
/// <item><c>DataProtection:Keys</c> = <c>Default</c> (or unset): ASP.NET's default, a folder in the user's profile:
/// right for one process on one machine.</item>
/// <item><c>Database</c>: the <c>DataProtectionKeys</c> table of the notes database (<c>PersistKeysToDbContext</c>):
/// every instance that shares the database shares the ring; new keys are written there as old ones near expiry.</item>
/// <item><c>Directory</c>: XML files in <c>DataProtection:KeysDirectory</c> (<c>PersistKeysToFileSystem</c>), for a
/// shared volume.</item>
/// </list>
/// <c>DataProtection:ApplicationName</c> isolates apps that share a ring; instances of one app must use the same
/// name (ASP.NET's default is the content root path, which differs between machines and deploy folders).
/// See docs/scale-out.md.
/// </summary>
internal static class NotesDataProtection
{
    public const string KeysKey = "DataProtection:Keys";
    public const string KeysDirectoryKey = "DataProtection:KeysDirectory";
    public const string ApplicationNameKey = "DataProtection:ApplicationName";

    /// <summary>The ring's storage: one of the values of <c>DataProtection:Keys</c>.</summary>
    public enum KeyStore
    {
        Default,
        Database,
        Directory,
    }

    public static IServiceCollection AddNotesDataProtection(this IServiceCollection services, IConfiguration configuration)
    {
        IDataProtectionBuilder dataProtection = services.AddDataProtection();
        if (configuration[ApplicationNameKey] is { Length: > 0 } applicationName)
        {
            dataProtection.SetApplicationName(applicationName);
        }

        switch (Store(configuration[KeysKey]))
        {
            case KeyStore.Database:
                dataProtection.PersistKeysToDbContext<NotesDbContext>();
                break;
            case KeyStore.Directory:
                string directory = configuration[KeysDirectoryKey] is { Length: > 0 } path
                    ? path
                    : throw new InvalidOperationException($"{KeysKey}=Directory needs {KeysDirectoryKey} (a folder every instance shares).");
                dataProtection.PersistKeysToFileSystem(new DirectoryInfo(directory));
                break;
            case KeyStore.Default:
                break;
        }

        return services;
    }

    /// <summary>Parses <c>DataProtection:Keys</c>; an unknown value stops the app at start rather than silently using another ring.</summary>
    internal static KeyStore Store(string? value) => value?.ToUpperInvariant() switch
    {
        null or "" or "DEFAULT" => KeyStore.Default,
        "DATABASE" => KeyStore.Database,
        "DIRECTORY" => KeyStore.Directory,
        _ => throw new InvalidOperationException($"{KeysKey} is '{value}': use Default, Database or Directory."),
    };
}
