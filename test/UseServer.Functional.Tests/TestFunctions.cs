using System.ComponentModel.DataAnnotations;
using System.Runtime.CompilerServices;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using UseServer.Flight.Values;

namespace UseServer.Functional.Tests;

/// <summary>A scoped service injected into <see cref="TestFunctions.Greet"/>.</summary>
public sealed class Greeter
{
    public string Greet(string name) => "Hello, " + name;
}

public sealed record Author([property: Required] string? Name);

public sealed record NoteInput([property: Required, StringLength(100)] string? Title, Author? Author);

/// <summary>The in-process app's server functions (registered by <c>TestRegistrations</c>, ID = "test." + method name).</summary>
[AllowAnonymous]
public static class TestFunctions
{
    private static int s_sentinel;
    private static int s_concurrent;
    private static int s_maxConcurrent;

    public static int SentinelCount => Volatile.Read(ref s_sentinel);

    private static int s_closureCalls;

    /// <summary>How often a function with <see cref="BoundAttribute"/> parameters ran.</summary>
    public static int ClosureCalls => Volatile.Read(ref s_closureCalls);

    public static int MaxConcurrent => Volatile.Read(ref s_maxConcurrent);

    public static TaskCompletionSource HangStarted { get; set; } = NewSignal();

    public static TaskCompletionSource HangCancelled { get; set; } = NewSignal();

    public static TaskCompletionSource TimeoutCancelled { get; set; } = NewSignal();

    public static TaskCompletionSource StreamGate { get; set; } = NewSignal();

    public static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    public static int Sentinel(string a, string b)
    {
        _ = (a, b);
        return Interlocked.Increment(ref s_sentinel);
    }

    public static string Hashed() => "hashed";

    /// <summary>Navigates instead of returning a value.</summary>
    public static ServerRedirect GoHome() => ServerRedirect.To("/home?from=fn");

    /// <summary>A value, or a redirect when <paramref name="n"/> is not positive.</summary>
    public static Task<ServerResult<int>> Positive(int n) =>
        Task.FromResult<ServerResult<int>>(n > 0 ? n : ServerRedirect.To("/positive-only"));

    /// <summary>A reference to <see cref="Hashed"/> made from the method group.</summary>
    public static Flight.ServerReference ReferToHashed(HttpContext context) =>
        context.RequestServices.GetRequiredService<IServerFunctionReferences>().Reference(Hashed);

    /// <summary>Hands <see cref="Closure"/> to the client with sealed bound arguments, as a server component would.</summary>
    public static Flight.ServerReference MintClosure(HttpContext context, string noteId) =>
        context.RequestServices.GetRequiredService<IServerFunctionReferences>().Bind("test.Closure", noteId, 3);

    /// <summary>Two sealed bound arguments, then one from the client.</summary>
    public static string Closure([Bound] string noteId, [Bound] int version, string action)
    {
        Interlocked.Increment(ref s_closureCalls);
        return noteId + "|" + version + "|" + action;
    }

    /// <summary>Another function with a bound argument (its tokens must not open <see cref="Closure"/>).</summary>
    public static string ClosureOther([Bound] string noteId, [Bound] int version, string action)
    {
        Interlocked.Increment(ref s_closureCalls);
        return "other:" + noteId + version + action;
    }

    /// <summary>A bound record and a text that starts with '$'.</summary>
    public static string ClosureValues([Bound] NoteInput note, [Bound] string dollar)
    {
        Interlocked.Increment(ref s_closureCalls);
        return note.Title + "|" + note.Author?.Name + "|" + dollar;
    }

    public static string Optional(string a, string b = "-default") => a + b;

    [EnableRateLimiting("one-per-minute")]
    public static int Limited() => 1;

    [RequestTimeout(300)]
    public static async Task Timeout(CancellationToken ct)
    {
        try
        {
            await Task.Delay(System.Threading.Timeout.Infinite, ct);
        }
        catch (OperationCanceledException)
        {
            TimeoutCancelled.TrySetResult();
            throw;
        }
    }

    public static async Task Hang(CancellationToken ct)
    {
        HangStarted.TrySetResult();
        try
        {
            await Task.Delay(System.Threading.Timeout.Infinite, ct);
        }
        catch (OperationCanceledException)
        {
            HangCancelled.TrySetResult();
            throw;
        }
    }

    public static async Task<int> Delay([Range(0, 10000)] int ms, CancellationToken ct)
    {
        int now = Interlocked.Increment(ref s_concurrent);
        int max;
        while (now > (max = Volatile.Read(ref s_maxConcurrent)) && Interlocked.CompareExchange(ref s_maxConcurrent, now, max) != max)
        {
        }

        try
        {
            await Task.Delay(ms, ct);
            return ms;
        }
        finally
        {
            Interlocked.Decrement(ref s_concurrent);
        }
    }

    public static string Greet(string name, Greeter greeter, ClaimsPrincipal user, HttpContext context, HttpRequest request) =>
        $"{greeter.Greet(name)}|{user.Identity?.IsAuthenticated == true}|{ReferenceEquals(context.Request, request)}";

    public static async IAsyncEnumerable<int> Stream([EnumeratorCancellation] CancellationToken ct = default)
    {
        yield return 1;
        await StreamGate.Task.WaitAsync(ct);
        yield return 2;
    }

    public static double FileSize(object? file) => file is JsBlob blob ? blob.Length : -1;

    public static string CreateNote(NoteInput input) => input.Title ?? "";

    public static void Fail(string message) => throw new InvalidOperationException(message);

    public static void FailSafely(string message) => throw new ServerFunctionException(message);
}

/// <summary>Functions that require an authenticated user (no [AllowAnonymous] anywhere: it would win).</summary>
[Authorize]
public static class SecureFunctions
{
    public static string Secure(ClaimsPrincipal user) => user.Identity?.Name ?? "";
}
