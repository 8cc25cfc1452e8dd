using Microsoft.CodeAnalysis;

namespace UseServer.Generator.Parsing;

/// <summary>How the generator spells types, and the metadata names it recognizes.</summary>
internal static class TypeNames
{
    /// <summary><c>global::</c>-qualified, nullable reference annotations kept: for casts and type arguments.</summary>
    public static readonly SymbolDisplayFormat Annotated = SymbolDisplayFormat.FullyQualifiedFormat
        .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    /// <summary><c>global::</c>-qualified, no annotations: for <c>typeof</c>.</summary>
    public static readonly SymbolDisplayFormat Plain = SymbolDisplayFormat.FullyQualifiedFormat;

    /// <summary>Namespace-qualified without <c>global::</c> and without keywords: stable text for IDs.</summary>
    public static readonly SymbolDisplayFormat Canonical = SymbolDisplayFormat.FullyQualifiedFormat
        .WithGlobalNamespaceStyle(SymbolDisplayGlobalNamespaceStyle.Omitted)
        .RemoveMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.UseSpecialTypes);

    public const string ServerFunctionAttribute = "UseServer.ServerFunctionAttribute";
    public const string BoundAttribute = "UseServer.BoundAttribute";
    public const string FromServiceMetadata = "Microsoft.AspNetCore.Http.Metadata.IFromServiceMetadata";
    public const string AuthorizeData = "Microsoft.AspNetCore.Authorization.IAuthorizeData";
    public const string AllowAnonymous = "Microsoft.AspNetCore.Authorization.IAllowAnonymous";
    public const string DbContext = "Microsoft.EntityFrameworkCore.DbContext";
    public const string JsonPropertyName = "System.Text.Json.Serialization.JsonPropertyNameAttribute";
    public const string JsonIgnore = "System.Text.Json.Serialization.JsonIgnoreAttribute";
    public const string ValuesNamespace = "UseServer.Flight.Values";

    /// <summary>The metadata name of a type's definition, e.g. <c>System.Collections.Generic.List`1</c>.</summary>
    public static string MetadataName(ITypeSymbol type)
    {
        var definition = type.OriginalDefinition;
        var ns = definition.ContainingNamespace is { IsGlobalNamespace: false } n ? n.ToDisplayString() + "." : "";
        var outer = definition.ContainingType is { } containing ? MetadataName(containing) + "+" : ns;
        return outer + definition.MetadataName;
    }

    /// <summary>Whether <paramref name="type"/> is or derives from the class with metadata name <paramref name="name"/>.</summary>
    public static bool DerivesFrom(ITypeSymbol type, string name)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (MetadataName(current) == name)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="type"/> is or implements the interface with metadata name <paramref name="name"/>.</summary>
    public static bool Implements(ITypeSymbol type, string name)
    {
        if (MetadataName(type) == name)
        {
            return true;
        }

        foreach (var iface in type.AllInterfaces)
        {
            if (MetadataName(iface) == name)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the type is declared by the framework (System.* or Microsoft.*), as opposed to the app.</summary>
    public static bool IsFrameworkType(ITypeSymbol type)
    {
        var ns = type.ContainingNamespace?.ToDisplayString() ?? "";
        return ns == "System" || ns.StartsWith("System.", System.StringComparison.Ordinal)
            || ns == "Microsoft" || ns.StartsWith("Microsoft.", System.StringComparison.Ordinal);
    }
}
