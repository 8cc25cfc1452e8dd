using System.ComponentModel;

namespace UseServer;

/// <summary>
/// Where generated code registers an assembly's server functions (from a module initializer), and
/// where <c>AddServerFunctions</c> reads them at startup.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class ServerFunctionRegistry
{
    private static readonly List<ServerFunctionDescriptor> s_functions = [];
    private static readonly Lock s_lock = new();

    /// <summary>Adds an assembly's functions. Called by generated code.</summary>
    public static void Register(IEnumerable<ServerFunctionDescriptor> functions)
    {
        ArgumentNullException.ThrowIfNull(functions);
        lock (s_lock)
        {
            s_functions.AddRange(functions);
        }
    }

    /// <summary>A snapshot of every registered function.</summary>
    internal static ServerFunctionDescriptor[] Snapshot()
    {
        lock (s_lock)
        {
            return [.. s_functions];
        }
    }
}
