using Microsoft.CodeAnalysis;
using UseServer.Generator.Model;

namespace UseServer.Generator.Parsing;

/// <summary>Unwraps <c>Task</c>/<c>ValueTask</c> from a method's return type and classifies the result.</summary>
internal static class ReturnParser
{
    private const string Void = "void";

    /// <summary>The return model, or null when the result cannot be sent (USE0002).</summary>
    public static ReturnModel? Parse(IMethodSymbol method, TypeShapeParser shapes)
    {
        if (method.ReturnsByRef || method.ReturnsByRefReadonly)
        {
            return null;
        }

        if (method.ReturnsVoid)
        {
            return new ReturnModel(AwaitKind.None, Void, TypeShape.Leaf(ShapeKind.Void, Void));
        }

        var type = method.ReturnType;
        switch (TypeNames.MetadataName(type))
        {
            case "System.Threading.Tasks.Task":
            case "System.Threading.Tasks.ValueTask":
                return new ReturnModel(AwaitKind.Await, Void, TypeShape.Leaf(ShapeKind.Void, Void));
            case "System.Threading.Tasks.Task`1":
            case "System.Threading.Tasks.ValueTask`1":
                return Result(AwaitKind.Await, ((INamedTypeSymbol)type).TypeArguments[0], shapes);
            default:
                return Result(AwaitKind.None, type, shapes);
        }
    }

    private static ReturnModel? Result(AwaitKind await, ITypeSymbol type, TypeShapeParser shapes)
    {
        switch (TypeNames.MetadataName(type))
        {
            case "UseServer.ServerRedirect":   // navigates: TypeScript void, but the invoker returns it to the pipeline
                return new ReturnModel(await, type.ToDisplayString(TypeNames.Plain), TypeShape.Leaf(ShapeKind.Redirect, Void));
            case "UseServer.ServerResult`1":   // a value or a redirect: typed as the value
                var value = shapes.Parse(((INamedTypeSymbol)type).TypeArguments[0], Direction.Return);
                return IsSendable(value) ? new ReturnModel(await, type.ToDisplayString(TypeNames.Plain), value) : null;
        }

        var shape = shapes.Parse(type, Direction.Return);
        return IsSendable(shape) ? new ReturnModel(await, type.ToDisplayString(TypeNames.Plain), shape) : null;
    }

    private static bool IsSendable(TypeShape shape)
    {
        if (shape.Kind == ShapeKind.Unsupported)
        {
            return false;
        }

        foreach (var argument in shape.Arguments)
        {
            if (!IsSendable(argument))
            {
                return false;
            }
        }

        return true;
    }
}
