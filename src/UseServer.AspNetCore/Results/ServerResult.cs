namespace UseServer;

/// <summary>
/// A server function's result that is a value, a <see cref="ServerRedirect"/> or "not found":
/// <c>Task&lt;ServerResult&lt;Note&gt;&gt;</c> returns <c>note</c>, <c>ServerRedirect.To("/notes/" + id)</c> or
/// <c>ServerResult.NotFound()</c> (each converts implicitly). The TypeScript stub's type is <typeparamref name="T"/>.
/// </summary>
/// <typeparam name="T">The value's type.</typeparam>
public sealed class ServerResult<T> : IServerFunctionOutcome
{
    private ServerResult(T? value, ServerRedirect? redirect, NotFoundException? notFound = null)
    {
        Value = value;
        Redirect = redirect;
        NotFound = notFound;
    }

    /// <summary>The value, when this is not a redirect.</summary>
    public T? Value { get; }

    /// <summary>The redirect, or <see langword="null"/> for a value.</summary>
    public ServerRedirect? Redirect { get; }

    /// <summary>"Not found", or <see langword="null"/> for a value or a redirect.</summary>
    public NotFoundException? NotFound { get; }

    object? IServerFunctionOutcome.Value => Value;

    /// <summary>A result carrying <paramref name="value"/>.</summary>
    /// <param name="value">The value.</param>
    public static implicit operator ServerResult<T>(T value) => new(value, null);

    /// <summary>A result that redirects.</summary>
    /// <param name="redirect">The redirect.</param>
    public static implicit operator ServerResult<T>(ServerRedirect redirect) => new(default, redirect ?? throw new ArgumentNullException(nameof(redirect)));

    /// <summary>A result that answers "not found".</summary>
    /// <param name="notFound">From <c>ServerResult.NotFound()</c>.</param>
    public static implicit operator ServerResult<T>(NotFoundException notFound) => new(default, null, notFound ?? throw new ArgumentNullException(nameof(notFound)));

    /// <summary>A result carrying <paramref name="value"/> (for languages without implicit conversions).</summary>
    /// <param name="value">The value.</param>
    /// <returns>The result.</returns>
    public static ServerResult<T> FromValue(T value) => new(value, null);

    /// <summary>A result that redirects (for languages without implicit conversions).</summary>
    /// <param name="redirect">The redirect.</param>
    /// <returns>The result.</returns>
    public static ServerResult<T> FromRedirect(ServerRedirect redirect) => redirect;
}

/// <summary>What the pipeline reads from a <see cref="ServerResult{T}"/> without knowing <c>T</c>.</summary>
internal interface IServerFunctionOutcome
{
    object? Value { get; }

    ServerRedirect? Redirect { get; }

    NotFoundException? NotFound { get; }
}
