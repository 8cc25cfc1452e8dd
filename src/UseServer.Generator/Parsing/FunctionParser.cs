using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using UseServer.Generator.Diagnostics;
using UseServer.Generator.Model;

namespace UseServer.Generator.Parsing;

/// <summary>
/// Turns one <c>[ServerFunction]</c> target (a method, or a class whose public methods all become
/// functions) into equatable models and diagnostics. Symbols never leave this class.
/// </summary>
internal static class FunctionParser
{
    public static ParseResult Parse(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        var functions = new List<FunctionModel>();
        var diagnostics = new List<DiagnosticInfo>();
        switch (context.TargetSymbol)
        {
            case IMethodSymbol method:
                Add(method, ExplicitId(context.Attributes), functions, diagnostics);
                break;
            case INamedTypeSymbol type:
                foreach (var method in type.GetMembers().OfType<IMethodSymbol>())
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    // Methods with their own [ServerFunction] are parsed from that attribute.
                    if (method is { MethodKind: MethodKind.Ordinary, DeclaredAccessibility: Accessibility.Public, IsImplicitlyDeclared: false }
                        && !method.GetAttributes().Any(IsServerFunctionAttribute)
                        && !OverridesObject(method))
                    {
                        Add(method, null, functions, diagnostics);
                    }
                }

                break;
        }

        return new ParseResult(functions.ToEquatableArray(), diagnostics.ToEquatableArray());
    }

    private static void Add(IMethodSymbol method, string? explicitId, List<FunctionModel> functions, List<DiagnosticInfo> diagnostics)
    {
        var start = diagnostics.Count;
        var location = method.Locations.FirstOrDefault();
        var display = method.ContainingType.Name + "." + method.Name;
        MethodChecks.Check(method, display, explicitId, diagnostics);
        if (diagnostics.Skip(start).Any(d => d.Descriptor.Id == DiagnosticDescriptors.GenericFunction.Id))
        {
            // Type parameters would also fail every parameter and return check; one diagnostic says it.
            return;
        }

        var declarations = new DeclarationCollector();
        var shapes = new TypeShapeParser(declarations);
        var parameters = ImmutableArray.CreateBuilder<ParameterModel>(method.Parameters.Length);
        foreach (var parameter in method.Parameters)
        {
            var (source, shape) = ParameterClassifier.Classify(parameter, shapes);
            var isBound = BoundChecks.IsBound(parameter);
            if (source == ParameterSource.Client && ParameterClassifier.IsUnsupported(shape))
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.UnsupportedParameterType,
                    parameter.Locations.FirstOrDefault() ?? location,
                    parameter.Name,
                    display,
                    parameter.Type.ToDisplayString(),
                    ParameterClassifier.Hint(parameter.Type)));
            }
            else if (source == ParameterSource.Client && !isBound && ServiceLookalikes.Suffix(parameter.Type, shape) is { } suffix)
            {
                // A [Bound] value is minted by the server, so whatever its type is called it is data on purpose.
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.ServiceLikeClientParameter,
                    parameter.Locations.FirstOrDefault() ?? location,
                    parameter.Name,
                    display,
                    parameter.Type.ToDisplayString(),
                    suffix));
            }

            parameters.Add(new ParameterModel(
                parameter.Name,
                parameter.Type.ToDisplayString(TypeNames.Plain),
                parameter.Type.ToDisplayString(TypeNames.Annotated),
                source,
                shape,
                parameter.HasExplicitDefaultValue,
                DefaultValues.Format(parameter),
                DocComments.Parameter(method, parameter.Name),
                isBound));
        }

        BoundChecks.Check(method, parameters, display, diagnostics);

        var result = ReturnParser.Parse(method, shapes);
        if (result is null)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnsupportedReturnType, location, display, method.ReturnType.ToDisplayString()));
        }

        // Warnings (USE0014) do not stop the function from being generated; errors do.
        if (diagnostics.Skip(start).Any(d => d.Descriptor.DefaultSeverity == DiagnosticSeverity.Error) || result is null)
        {
            return;
        }

        var containingType = method.ContainingType;
        var id = explicitId ?? StableId.Derive(
            containingType.ToDisplayString(TypeNames.Canonical),
            method.Name,
            method.Parameters.Where((_, i) => parameters[i].Source == ParameterSource.Client)
                .Select(p => p.Type.ToDisplayString(TypeNames.Canonical)));
        functions.Add(new FunctionModel(
            id,
            containingType.ToDisplayString(TypeNames.Plain),
            containingType.Name,
            method.Name,
            method.IsStatic,
            parameters.ToEquatableArray(),
            result,
            DocComments.Summary(method),
            MethodChecks.HasAuthorizationMetadata(method),
            declarations.Drain(shapes),
            LocationInfo.From(location)));
    }

    private static string? ExplicitId(ImmutableArray<AttributeData> attributes)
    {
        foreach (var attribute in attributes)
        {
            foreach (var argument in attribute.NamedArguments)
            {
                if (argument is { Key: "Id", Value.Value: string id })
                {
                    return id;
                }
            }
        }

        return null;
    }

    // ToString, Equals and GetHashCode overrides are not functions a class-level attribute means.
    private static bool OverridesObject(IMethodSymbol method)
    {
        var root = method;
        while (root.OverriddenMethod is { } overridden)
        {
            root = overridden;
        }

        return method.IsOverride && root.ContainingType.SpecialType == SpecialType.System_Object;
    }

    private static bool IsServerFunctionAttribute(AttributeData attribute) =>
        attribute.AttributeClass is { } c && TypeNames.MetadataName(c) == TypeNames.ServerFunctionAttribute;
}
