using System.ComponentModel;
using UseServer.Flight.Binding;

namespace UseServer;

/// <summary>One parameter of a server function and where its value comes from.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class ServerFunctionParameter
{
    /// <summary>The parameter's name in C#.</summary>
    public required string Name { get; init; }

    /// <summary>The parameter's type.</summary>
    public required Type Type { get; init; }

    /// <summary>Where the value comes from.</summary>
    public required ServerFunctionParameterSource Source { get; init; }

    /// <summary>For client arguments: binds the decoded value to <see cref="Type"/>.</summary>
    public ReplyConverter? Converter { get; init; }

    /// <summary>For client arguments: whether the C# parameter is optional (a missing trailing argument takes its default).</summary>
    public bool IsOptional { get; init; }

    /// <summary>The default value for an optional parameter.</summary>
    public object? DefaultValue { get; init; }
}

/// <summary>Where a server function parameter's value comes from.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public enum ServerFunctionParameterSource
{
    /// <summary>An argument the client sends, in order.</summary>
    Client,

    /// <summary>A service from the request's <see cref="IServiceProvider"/>.</summary>
    Service,

    /// <summary>The <c>HttpContext</c>.</summary>
    HttpContext,

    /// <summary>The <c>HttpRequest</c>.</summary>
    HttpRequest,

    /// <summary>The <c>ClaimsPrincipal</c> of the request.</summary>
    User,

    /// <summary>A token that fires when the client aborts or the request times out.</summary>
    CancellationToken,
}
