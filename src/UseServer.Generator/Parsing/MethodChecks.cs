using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using UseServer.Generator.Diagnostics;
using UseServer.Generator.Model;

namespace UseServer.Generator.Parsing;

/// <summary>The checks on a method as a whole (parameters and return type are checked where they are parsed).</summary>
internal static class MethodChecks
{
    public static void Check(IMethodSymbol method, string display, string? explicitId, List<DiagnosticInfo> diagnostics)
    {
        var location = method.Locations.FirstOrDefault();
        if (method.IsGenericMethod || Containers(method).Any(t => t.IsGenericType))
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.GenericFunction, location, display));
        }

        if (Inaccessibility(method) is { } why)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InaccessibleFunction, location, display, why));
        }

        if (method.IsAsync && method.ReturnsVoid)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.AsyncVoid, location, display));
        }

        if (!method.IsStatic && Uncreatable(method.ContainingType) is { } reason)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UncreatableType, location, display, method.ContainingType.Name, reason));
        }

        if (explicitId is not null && !IsValidId(explicitId))
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidId, location, display, explicitId));
        }

        foreach (var parameter in method.Parameters)
        {
            var kind = parameter.IsParams ? "params" : parameter.RefKind switch
            {
                RefKind.Ref => "ref",
                RefKind.Out => "out",
                RefKind.In => "in",
                RefKind.RefReadOnlyParameter => "ref readonly",
                _ => null,
            };
            if (kind is not null)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ByRefOrParamsParameter, parameter.Locations.FirstOrDefault() ?? location, parameter.Name, display, kind));
            }
        }
    }

    /// <summary>Whether <c>[Authorize]</c> or <c>[AllowAnonymous]</c> (anything implementing their interfaces) is on the method or a containing type.</summary>
    public static bool HasAuthorizationMetadata(IMethodSymbol method) =>
        new ISymbol[] { method }.Concat(Containers(method)).Any(symbol => symbol.GetAttributes().Any(a =>
            a.AttributeClass is { } c && (TypeNames.Implements(c, TypeNames.AuthorizeData) || TypeNames.Implements(c, TypeNames.AllowAnonymous))));

    private static IEnumerable<INamedTypeSymbol> Containers(IMethodSymbol method)
    {
        for (var type = method.ContainingType; type is not null; type = type.ContainingType)
        {
            yield return type;
        }
    }

    // Generated code lives in the same assembly, in another file: internal is fine; private,
    // protected and file-local are not, for the method or any type around it.
    private static string? Inaccessibility(IMethodSymbol method)
    {
        if (!IsReachable(method.DeclaredAccessibility))
        {
            return method.DeclaredAccessibility.ToString().ToLowerInvariant();
        }

        foreach (var type in Containers(method))
        {
            if (type.IsFileLocal)
            {
                return "declared in file-local type '" + type.Name + "'";
            }

            if (!IsReachable(type.DeclaredAccessibility))
            {
                return "declared in " + type.DeclaredAccessibility.ToString().ToLowerInvariant() + " type '" + type.Name + "'";
            }
        }

        return null;
    }

    private static bool IsReachable(Accessibility accessibility) =>
        accessibility is Accessibility.Public or Accessibility.Internal or Accessibility.ProtectedOrInternal;

    private static string? Uncreatable(INamedTypeSymbol type) =>
        type.TypeKind == TypeKind.Interface ? "an interface"
        : type.TypeKind == TypeKind.Struct ? "a struct"
        : type.IsStatic ? "static"
        : type.IsAbstract ? "abstract"
        : null;

    // The host's rule (UseServer.AspNetCore ServerFunctionIds): one literal path segment of 1-256
    // printable ASCII characters, none of space / \ ? % { }, and not "." or "..".
    public const int MaxIdLength = 256;

    private static bool IsValidId(string id) =>
        id.Length is > 0 and <= MaxIdLength
        && id is not ("." or "..")
        && id.All(c => c is >= '!' and <= '~' && " /\\?%{}".IndexOf(c) < 0);
}
