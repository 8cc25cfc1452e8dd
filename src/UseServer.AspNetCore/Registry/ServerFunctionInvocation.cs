using System.ComponentModel;
using Microsoft.AspNetCore.Http;

namespace UseServer;

/// <summary>One call in progress: the request and the arguments bound from its body. Used by generated invokers.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class ServerFunctionInvocation(HttpContext httpContext, ServerFunctionDescriptor function, object?[] arguments)
{
    /// <summary>The request.</summary>
    public HttpContext HttpContext { get; } = httpContext;

    /// <summary>The function being called.</summary>
    public ServerFunctionDescriptor Function { get; } = function;

    /// <summary>One slot per parameter of <see cref="ServerFunctionDescriptor.Parameters"/>, in declaration order: bound client arguments, and injected values (services, context, token).</summary>
    public object?[] Arguments { get; } = arguments;

    /// <summary>The request's services.</summary>
    public IServiceProvider Services => HttpContext.RequestServices;

    /// <summary>Fires when the client aborts or the request times out.</summary>
    public CancellationToken RequestAborted => HttpContext.RequestAborted;
}
