using System.Linq;
using Microsoft.CodeAnalysis;
using UseServer.Generator.Model;

namespace UseServer.Generator.Parsing;

/// <summary>
/// Decides where each parameter's value comes from. DI registrations are unknown at compile time, so
/// the rule is by type, first match wins:
/// <list type="number">
/// <item>an attribute implementing <c>IFromServiceMetadata</c> (<c>[FromServices]</c>): a service;</item>
/// <item><c>CancellationToken</c>, <c>HttpContext</c>, <c>HttpRequest</c>, <c>ClaimsPrincipal</c>: injected from the request;</item>
/// <item>a type the reply format carries (primitives, dates and times, <c>Guid</c>, <c>Stream</c>, enums, arrays and collections, dictionaries,
/// <c>Task&lt;T&gt;</c>, <c>IAsyncEnumerable&lt;T&gt;</c>, the <c>Js*</c> value model, app records and structs, and app
/// classes with a public parameterless constructor and a public setter): sent by the client;</item>
/// <item>any other interface or class (framework classes, abstract classes, <c>DbContext</c>s, app classes not shaped
/// like a DTO): a service;</item>
/// <item>anything else (pointers, ref structs, delegates, framework structs such as <c>TimeSpan</c>, the form-file
/// interfaces): USE0001.</item>
/// </list>
/// <c>[Bound]</c> does not change the source: a bound parameter must already be a client argument (USE0011, see
/// <see cref="BoundChecks"/>), and a client argument shaped like data but named like a service is warning USE0014
/// (<see cref="ServiceLookalikes"/>). docs/generator.md states the same rule for users; keep the two in step.
/// </summary>
internal static class ParameterClassifier
{
    public static (ParameterSource Source, TypeShape Shape) Classify(IParameterSymbol parameter, TypeShapeParser shapes)
    {
        var type = parameter.Type;
        var none = TypeShape.Leaf(ShapeKind.Unsupported, type.ToDisplayString(TypeNames.Annotated));
        if (parameter.GetAttributes().Any(a => a.AttributeClass is { } c && TypeNames.Implements(c, TypeNames.FromServiceMetadata)))
        {
            return (ParameterSource.Service, none);
        }

        switch (TypeNames.MetadataName(type))
        {
            case "System.Threading.CancellationToken":
                return (ParameterSource.CancellationToken, none);
            case "Microsoft.AspNetCore.Http.HttpContext":
                return (ParameterSource.HttpContext, none);
            case "Microsoft.AspNetCore.Http.HttpRequest":
                return (ParameterSource.HttpRequest, none);
            case "System.Security.Claims.ClaimsPrincipal":
                return (ParameterSource.User, none);
        }

        var shape = shapes.Parse(type, Direction.Parameter);
        var core = shape.Kind == ShapeKind.NullableRef ? shape.Argument(0) : shape;
        if (core.Kind == ShapeKind.Unsupported && IsService(type))
        {
            return (ParameterSource.Service, none);
        }

        return (ParameterSource.Client, shape);
    }

    /// <summary>A hint for USE0001 when a familiar ASP.NET type has a UseServer equivalent.</summary>
    public static string Hint(ITypeSymbol type) => TypeNames.MetadataName(type) switch
    {
        "Microsoft.AspNetCore.Http.IFormFile" or "Microsoft.AspNetCore.Http.IFormFileCollection"
            => "; use UseServer.Flight.Values.JsBlob for a file",
        "Microsoft.AspNetCore.Http.IFormCollection" => "; use UseServer.Flight.Values.JsFormData for form data",
        _ => "",
    };

    private static bool IsService(ITypeSymbol type) =>
        type is INamedTypeSymbol { TypeKind: TypeKind.Interface or TypeKind.Class } named
        && !named.IsRefLikeType
        && Hint(type).Length == 0
        && named.ContainingNamespace?.ToDisplayString() != TypeNames.ValuesNamespace;

    /// <summary>Whether a client parameter's shape (anywhere in it) cannot be bound.</summary>
    public static bool IsUnsupported(TypeShape shape)
    {
        if (!shape.Kind.IsSupportedParameter())
        {
            return true;
        }

        foreach (var argument in shape.Arguments)
        {
            if (IsUnsupported(argument))
            {
                return true;
            }
        }

        return false;
    }
}
