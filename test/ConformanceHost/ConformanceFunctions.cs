using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;

namespace UseServer.ConformanceHost;

/// <summary>
/// The conformance host's server functions, exactly as ARCHITECTURE.md lists them. They are registered by
/// <see cref="HandWrittenRegistrations"/> until the source generator takes over (then each method gets
/// <c>[ServerFunction(Id = "conformance.…")]</c> and that file goes away).
/// </summary>
[AllowAnonymous]
public static class ConformanceFunctions
{
    private static int s_sentinel;

    /// <summary>Returns the value unchanged (the dynamic value model round trip).</summary>
    public static object? Echo(object? value) => value;

    /// <summary>Returns <paramref name="a"/> + <paramref name="b"/>.</summary>
    public static double Add(double a, double b) => a + b;

    /// <summary>Throws <see cref="InvalidOperationException"/> with <paramref name="message"/>.</summary>
    public static void Throw(string message) => throw new InvalidOperationException(message);

    /// <summary>Increments the process-wide counter and returns it: proves whether a request invoked anything.</summary>
    public static int Sentinel(string a, string b)
    {
        _ = a;
        _ = b;
        return Interlocked.Increment(ref s_sentinel);
    }

    /// <summary>Returns the counter without changing it.</summary>
    public static int Count() => Volatile.Read(ref s_sentinel);

    /// <summary>Waits <paramref name="ms"/> milliseconds, honouring cancellation; returns <paramref name="ms"/>.</summary>
    public static async Task<int> Delay([Range(0, 10000)] int ms, CancellationToken ct)
    {
        await Task.Delay(ms, ct);
        return ms;
    }

    /// <summary>Returns nothing: the client receives <c>undefined</c>.</summary>
    public static Task Nothing() => Task.CompletedTask;
}
