using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using UseServer.Generator.Model;

namespace UseServer.Generator.Diagnostics;

/// <summary>Checks across all functions of a compilation.</summary>
internal static class CompilationChecks
{
    public static IEnumerable<DiagnosticInfo> Check(EquatableArray<FunctionModel> functions, bool requireAuthorization)
    {
        var owners = new Dictionary<string, FunctionModel>();
        foreach (var function in functions.OrderBy(f => f.Location?.FilePath, System.StringComparer.Ordinal).ThenBy(f => f.Location?.Span.Start))
        {
            if (owners.TryGetValue(function.Id, out var first))
            {
                yield return new DiagnosticInfo(DiagnosticDescriptors.DuplicateId, function.Location,
                    ImmutableArray.Create(Display(function), function.Id, Display(first)).ToEquatableArray());
            }
            else
            {
                owners.Add(function.Id, function);
            }

            if (requireAuthorization && !function.HasAuthorizationMetadata)
            {
                yield return new DiagnosticInfo(DiagnosticDescriptors.MissingAuthorization, function.Location,
                    ImmutableArray.Create(Display(function)).ToEquatableArray());
            }
        }
    }

    private static string Display(FunctionModel function) => function.ContainingTypeName + "." + function.MethodName;
}
