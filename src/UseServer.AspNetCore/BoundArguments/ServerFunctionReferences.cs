using UseServer.AspNetCore.Pipeline;
using UseServer.Flight;
using UseServer.Flight.Reply;

namespace UseServer.AspNetCore.BoundArguments;

/// <summary>The registered <see cref="IServerFunctionReferences"/>: checks the function and its bound arity, then seals.</summary>
internal sealed class ServerFunctionReferences(ServerFunctionRuntime runtime, MappedServerFunctions functions) : IServerFunctionReferences
{
    public ServerReference Reference(string functionId)
    {
        int boundCount = BoundCount(functionId);
        if (boundCount != 0)
        {
            throw new ArgumentException($"Server function '{functionId}' takes {boundCount} bound arguments; use Bind.", nameof(functionId));
        }

        return new ServerReference(functionId);
    }

    public ServerReference Bind(string functionId, params object?[] boundArguments)
    {
        ArgumentNullException.ThrowIfNull(boundArguments);
        int boundCount = BoundCount(functionId);
        if (boundCount != boundArguments.Length)
        {
            throw new ArgumentException(
                $"Server function '{functionId}' takes {boundCount} bound arguments ([Bound] parameters); {boundArguments.Length} were given.", nameof(boundArguments));
        }

        byte[] plaintext = ReplyWriter.Write(boundArguments, runtime.JsonOptions);
        return new ServerReference(functionId, [runtime.Sealer.Seal(functionId, plaintext)]);
    }

    public ServerReference Reference(Delegate function) => Reference(IdOf(function));

    public ServerReference Bind(Delegate function, params object?[] boundArguments) => Bind(IdOf(function), boundArguments);

    private string IdOf(Delegate function)
    {
        ArgumentNullException.ThrowIfNull(function);
        return functions.Catalog.TryGetId(function.Method, out string? id)
            ? id
            : throw new ArgumentException(
                $"'{function.Method.DeclaringType?.Name}.{function.Method.Name}' is not a mapped server function: mark it [ServerFunction] and call MapServerFunctions().",
                nameof(function));
    }

    private int BoundCount(string functionId)
    {
        ArgumentNullException.ThrowIfNull(functionId);
        return functions.Catalog.TryGetPlan(functionId, out ServerFunctionPlan? plan)
            ? plan.BoundCount
            : throw new ArgumentException($"No server function with ID '{functionId}' is registered.", nameof(functionId));
    }
}
