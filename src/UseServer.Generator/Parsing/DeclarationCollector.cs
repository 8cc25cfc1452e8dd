using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using UseServer.Generator.Model;

namespace UseServer.Generator.Parsing;

/// <summary>
/// Collects the TypeScript declarations (interfaces for records and classes, string unions for enums)
/// that a function's signature reaches. A worklist, so recursive and mutually recursive types end.
/// </summary>
internal sealed class DeclarationCollector
{
    private readonly Dictionary<string, TsDeclaration?> _seen = [];
    private readonly Queue<INamedTypeSymbol> _pending = new();
    private readonly List<TsDeclaration> _done = [];

    /// <summary>Queues <paramref name="type"/> for declaration and returns its key.</summary>
    public string Add(INamedTypeSymbol type)
    {
        var key = type.ToDisplayString(TypeNames.Plain);
        if (!_seen.ContainsKey(key))
        {
            _seen.Add(key, null);
            _pending.Enqueue(type);
        }

        return key;
    }

    /// <summary>Declares every queued type (and what their properties reach), in a stable order.</summary>
    public EquatableArray<TsDeclaration> Drain(TypeShapeParser shapes)
    {
        while (_pending.Count > 0)
        {
            var type = _pending.Dequeue();
            _done.Add(type.TypeKind == TypeKind.Enum ? Enum(type) : Interface(type, shapes));
        }

        return _done.OrderBy(d => d.Key, System.StringComparer.Ordinal).ToEquatableArray();
    }

    private static TsDeclaration Enum(INamedTypeSymbol type) => new(
        type.ToDisplayString(TypeNames.Plain),
        type.Name,
        Namespace(type),
        IsEnum: true,
        type.GetMembers().OfType<IFieldSymbol>().Where(f => f.HasConstantValue).Select(f => f.Name).ToEquatableArray(),
        EquatableArray<TsProperty>.Empty,
        DocComments.Summary(type));

    private static TsDeclaration Interface(INamedTypeSymbol type, TypeShapeParser shapes)
    {
        var properties = new List<TsProperty>();
        var names = new HashSet<string>();
        foreach (var property in SerializedProperties(type))
        {
            var name = JsonName(property);
            if (names.Add(name))
            {
                properties.Add(new TsProperty(name, shapes.Parse(property.Type, Direction.Return), DocComments.Summary(property)));
            }
        }

        return new TsDeclaration(
            type.ToDisplayString(TypeNames.Plain),
            DeclaredName(type),
            Namespace(type),
            IsEnum: false,
            EquatableArray<string>.Empty,
            properties.ToEquatableArray(),
            DocComments.Summary(type));
    }

    // Public instance properties with a public getter, most derived first (so `new` hides a base
    // property), as System.Text.Json serializes them; interfaces include what they inherit.
    private static IEnumerable<IPropertySymbol> SerializedProperties(INamedTypeSymbol type)
    {
        var types = type.TypeKind == TypeKind.Interface
            ? new[] { type }.Concat(type.AllInterfaces)
            : Ancestors(type);
        return types
            .SelectMany(t => t.GetMembers().OfType<IPropertySymbol>())
            .Where(p => !p.IsStatic && !p.IsIndexer && p.DeclaredAccessibility == Accessibility.Public
                && p.GetMethod is { DeclaredAccessibility: Accessibility.Public }
                && !p.GetAttributes().Any(a => a.AttributeClass is { } c && TypeNames.MetadataName(c) == TypeNames.JsonIgnore));
    }

    private static IEnumerable<INamedTypeSymbol> Ancestors(INamedTypeSymbol type)
    {
        for (var current = type; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
        {
            yield return current;
        }
    }

    private static string JsonName(IPropertySymbol property)
    {
        var attribute = property.GetAttributes().FirstOrDefault(a => a.AttributeClass is { } c && TypeNames.MetadataName(c) == TypeNames.JsonPropertyName);
        return attribute is { ConstructorArguments.Length: 1 } && attribute.ConstructorArguments[0].Value is string name
            ? name
            : Naming.CamelCase(property.Name);
    }

    // Generic records get their arguments in the name: Page<Note> becomes PageOfNote, Page<Note[]> PageOfNoteArray.
    private static string DeclaredName(INamedTypeSymbol type) =>
        type.Name + string.Concat(type.TypeArguments.Select(a => "Of" + ArgumentName(a)));

    private static string ArgumentName(ITypeSymbol type) => type switch
    {
        IArrayTypeSymbol array => ArgumentName(array.ElementType) + "Array",
        INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable => "Nullable" + ArgumentName(nullable.TypeArguments[0]),
        INamedTypeSymbol named => DeclaredName(named),
        _ => type.Name,
    };

    private static string Namespace(INamedTypeSymbol type) =>
        type.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() : "";
}
