using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;

namespace UseServer.ConformanceHost;

/// <summary>
/// The conformance host's server functions, exactly as the wire contract that outside tools drive lists them, with their fixed IDs.
/// The source generator registers them; <c>object?</c> receives the value model as it is (undefined included).
/// </summary>
[AllowAnonymous]
public static class ConformanceFunctions
{
    private static int s_sentinel;

    /// <summary>Returns the value unchanged (the dynamic value model round trip).</summary>
    [ServerFunction(Id = "conformance.echo")]
    public static object? Echo(object? value) => value;

    /// <summary>Returns <paramref name="a"/> + <paramref name="b"/>.</summary>
    [ServerFunction(Id = "conformance.add")]
    public static double Add(double a, double b) => a + b;

    /// <summary>Throws <see cref="InvalidOperationException"/> with <paramref name="message"/>.</summary>
    [ServerFunction(Id = "conformance.throw")]
    public static void Throw(string message) => throw new InvalidOperationException(message);

    /// <summary>Increments the process-wide counter and returns it: proves whether a request invoked anything.</summary>
    [ServerFunction(Id = "conformance.sentinel")]
    public static int Sentinel(string a, string b)
    {
        _ = a;
        _ = b;
        return Interlocked.Increment(ref s_sentinel);
    }

    /// <summary>Returns the counter without changing it.</summary>
    [ServerFunction(Id = "conformance.count")]
    public static int Count() => Volatile.Read(ref s_sentinel);

    /// <summary>Waits <paramref name="ms"/> milliseconds, honouring cancellation; returns <paramref name="ms"/>.</summary>
    [ServerFunction(Id = "conformance.delay")]
    public static async Task<int> Delay([Range(0, 10000)] int ms, CancellationToken ct)
    {
        await Task.Delay(ms, ct);
        return ms;
    }

    /// <summary>Returns nothing: the client receives <c>undefined</c>.</summary>
    [ServerFunction(Id = "conformance.void")]
    public static Task Nothing() => Task.CompletedTask;
}
