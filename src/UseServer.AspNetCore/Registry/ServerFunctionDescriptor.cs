using System.ComponentModel;
using System.Reflection;

namespace UseServer;

/// <summary>
/// Everything the host needs to serve one server function: its ID, the method (for endpoint metadata
/// and validation attributes, read once at startup), its parameters and a compiled invoker. Instances
/// are created by the source generator; applications do not create them.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class ServerFunctionDescriptor
{
    /// <summary>The stable ID clients call (<c>POST {prefix}/{id}</c>).</summary>
    public required string Id { get; init; }

    /// <summary>The C# method. Its attributes and its declaring type's become endpoint metadata.</summary>
    public required MethodInfo Method { get; init; }

    /// <summary>Every parameter in declaration order; client arguments are the ones with <see cref="ServerFunctionParameterSource.Client"/>.</summary>
    public required IReadOnlyList<ServerFunctionParameter> Parameters { get; init; }

    /// <summary>Runs the method. Client arguments arrive already bound and validated.</summary>
    public required ServerFunctionInvoker Invoker { get; init; }

    /// <summary>The declared return type with <c>Task</c>/<c>ValueTask</c> unwrapped (<see cref="void"/> for none).</summary>
    public required Type ResultType { get; init; }
}

/// <summary>A compiled call of one server function.</summary>
/// <param name="invocation">The bound arguments and the request.</param>
/// <returns>The result (a <c>Task</c>'s result awaited; <see cref="Flight.Values.JsUndefined"/> for <c>void</c>/<c>Task</c>; an <see cref="IAsyncEnumerable{T}"/> or stream as returned).</returns>
[EditorBrowsable(EditorBrowsableState.Never)]
public delegate ValueTask<object?> ServerFunctionInvoker(ServerFunctionInvocation invocation);
