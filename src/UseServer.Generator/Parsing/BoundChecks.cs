using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using UseServer.Generator.Diagnostics;
using UseServer.Generator.Model;

namespace UseServer.Generator.Parsing;

/// <summary>
/// The rules for <c>[Bound]</c> parameters (docs/bound-arguments.md), checked at compile time so a misplaced
/// attribute is a build error instead of a startup failure. The host's <c>ServerFunctionPlan</c> keeps the same
/// checks as a backstop; the two must agree.
/// </summary>
internal static class BoundChecks
{
    /// <summary>Whether the parameter carries <c>[UseServer.Bound]</c>.</summary>
    public static bool IsBound(IParameterSymbol parameter) =>
        parameter.GetAttributes().Any(a => a.AttributeClass is { } c && TypeNames.MetadataName(c) == TypeNames.BoundAttribute);

    /// <summary>Reports USE0011–USE0013 for one method, given its classified parameters (same order as the method's).</summary>
    public static void Check(IMethodSymbol method, IReadOnlyList<ParameterModel> parameters, string display, List<DiagnosticInfo> diagnostics)
    {
        string? firstUnbound = null;
        for (var i = 0; i < parameters.Count; i++)
        {
            var parameter = parameters[i];
            if (!parameter.IsBound)
            {
                if (parameter.Source == ParameterSource.Client)
                {
                    firstUnbound ??= parameter.Name;
                }

                continue;
            }

            var symbol = method.Parameters[i];
            var location = symbol.Locations.FirstOrDefault() ?? method.Locations.FirstOrDefault();
            if (parameter.Source != ParameterSource.Client)
            {
                // Only client arguments travel in the token; the host fills the others itself.
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.BoundNotClientArgument, location, parameter.Name, display, Describe(parameter.Source, symbol)));
                continue;
            }

            if (firstUnbound is not null)
            {
                // React's bind prepends: callServer(id, bound.concat(args)), so the token is always argument 0.
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.BoundAfterClientParameter, location, parameter.Name, display, firstUnbound));
            }

            if (symbol.HasExplicitDefaultValue || symbol.IsOptional)
            {
                // Bind(...) always seals every bound value; a default could never apply.
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.OptionalBoundParameter, location, parameter.Name, display));
            }
        }
    }

    private static string Describe(ParameterSource source, IParameterSymbol symbol) => source switch
    {
        ParameterSource.Service => "a service, resolved from DI (its type is '" + symbol.Type.ToDisplayString() + "')",
        _ => "injected from the request (" + symbol.Type.Name + ")",
    };
}
