using Microsoft.CodeAnalysis;
using UseServer.Generator.Model;

namespace UseServer.Generator.Parsing;

/// <summary>
/// The heuristic behind warning USE0014. <see cref="ParameterClassifier"/> already makes interfaces, <c>DbContext</c>s,
/// framework classes and app classes not shaped like a DTO into services; what it binds as client data by shape alone
/// is an app record, an app struct, or an app class with a public parameterless constructor and a public setter. When
/// such a type is named like a service (<c>EmailService</c>, <c>NotesStore</c>, <c>GitHubClient</c>), the author
/// most likely meant to inject it, and would otherwise find out only when the browser's call fails to bind.
/// </summary>
internal static class ServiceLookalikes
{
    // A bare "Store" or "Client" is as often an entity (a shop, a customer) as a service, so the suffix needs a prefix.
    private static readonly string[] s_suffixes =
        ["Service", "Repository", "Store", "Context", "Client", "Factory", "Provider", "Logger"];

    /// <summary>
    /// The service-like suffix of a client parameter's type, or <see langword="null"/>. Only a type bound as an app
    /// object counts (<see cref="ShapeKind.Record"/>, or <c>T?</c> of one); enums and collections do not.
    /// </summary>
    public static string? Suffix(ITypeSymbol type, TypeShape shape)
    {
        if (shape.Kind is ShapeKind.NullableRef or ShapeKind.Nullable)
        {
            shape = shape.Argument(0);
            type = type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable
                ? nullable.TypeArguments[0]
                : type;
        }

        if (shape.Kind != ShapeKind.Record)
        {
            return null;
        }

        foreach (var suffix in s_suffixes)
        {
            if (type.Name.Length > suffix.Length && type.Name.EndsWith(suffix, System.StringComparison.Ordinal))
            {
                return suffix;
            }
        }

        return null;
    }
}
