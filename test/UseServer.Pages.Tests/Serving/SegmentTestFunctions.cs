using UseServer.Flight.Values;

namespace UseServer.Pages.Tests.Serving;

/// <summary>The segment tests' server functions: a redirect that replaces the history entry, and "not found".</summary>
[Microsoft.AspNetCore.Authorization.AllowAnonymous]
public static class SegmentTestFunctions
{
    private static int s_registered;

    public static ServerRedirect Go() => ServerRedirect.Replace("/group/b");

    public static ServerResult<int> Missing() => ServerResult.NotFound();

    public static void Register()
    {
        if (Interlocked.Exchange(ref s_registered, 1) == 1)
        {
            return;
        }

        ServerFunctionRegistry.Register(
        [
            Describe("segments.go", nameof(Go), static () => Go()),
            Describe("segments.missing", nameof(Missing), static () => Missing()),
        ]);
    }

    private static ServerFunctionDescriptor Describe(string id, string method, Func<object?> invoke) => new()
    {
        Id = id,
        Method = typeof(SegmentTestFunctions).GetMethod(method)!,
        Parameters = [],
        Invoker = _ => new(invoke()),
        ResultType = typeof(object),
    };
}
