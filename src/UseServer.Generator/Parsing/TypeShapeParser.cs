using System.Linq;
using Microsoft.CodeAnalysis;
using UseServer.Generator.Model;

namespace UseServer.Generator.Parsing;

/// <summary>Whether a type is read from the client (strict: it must bind) or written to it (permissive: the writer serializes it).</summary>
internal enum Direction
{
    Parameter,
    Return,
}

/// <summary>
/// Classifies a Roslyn type into a <see cref="TypeShape"/>: the only place that reads type symbols for
/// wire shapes. Records and enums it meets are handed to the <see cref="DeclarationCollector"/>.
/// </summary>
internal sealed class TypeShapeParser(DeclarationCollector declarations)
{
    public TypeShape Parse(ITypeSymbol type, Direction direction)
    {
        var name = type.ToDisplayString(TypeNames.Annotated);
        if (type.IsReferenceType && type.NullableAnnotation == NullableAnnotation.Annotated)
        {
            var inner = Parse(type.WithNullableAnnotation(NullableAnnotation.NotAnnotated), direction);
            return TypeShape.Of(ShapeKind.NullableRef, name, inner);
        }

        if (Leaf(type) is { } leaf)
        {
            return TypeShape.Leaf(leaf, name);
        }

        switch (type)
        {
            case IArrayTypeSymbol { Rank: 1 } array:
                return array.ElementType.SpecialType == SpecialType.System_Byte
                    ? TypeShape.Leaf(ShapeKind.ByteArray, name)
                    : TypeShape.Of(ShapeKind.Array, name, Parse(array.ElementType, direction));
            case INamedTypeSymbol named when !IsUnrepresentable(named):
                return Named(named, name, direction);
            default:
                return TypeShape.Leaf(ShapeKind.Unsupported, name);
        }
    }

    private TypeShape Named(INamedTypeSymbol type, string name, Direction direction)
    {
        var args = type.TypeArguments;
        switch (TypeNames.MetadataName(type))
        {
            case "System.Nullable`1":
                return TypeShape.Of(ShapeKind.Nullable, name, Parse(args[0], direction));
            case "System.ReadOnlyMemory`1" when args[0].SpecialType == SpecialType.System_Byte:
                return TypeShape.Leaf(ShapeKind.ReadOnlyMemoryOfByte, name);
            case "System.Collections.Generic.List`1":
                return TypeShape.Of(ShapeKind.List, name, Parse(args[0], direction));
            case "System.Collections.Generic.IList`1":
            case "System.Collections.Generic.ICollection`1":
            case "System.Collections.Generic.IEnumerable`1":
            case "System.Collections.Generic.IReadOnlyList`1":
            case "System.Collections.Generic.IReadOnlyCollection`1":
                return Behind(TypeShape.Of(ShapeKind.List, name, Parse(args[0], direction)), "List", args);
            case "System.Collections.Generic.HashSet`1":
                return TypeShape.Of(ShapeKind.HashSet, name, Parse(args[0], direction));
            case "System.Collections.Generic.ISet`1":
            case "System.Collections.Generic.IReadOnlySet`1":
                return Behind(TypeShape.Of(ShapeKind.HashSet, name, Parse(args[0], direction)), "HashSet", args);
            case "System.Collections.Generic.Dictionary`2":
                return Dictionary(name, args, direction);
            case "System.Collections.Generic.IDictionary`2":
            case "System.Collections.Generic.IReadOnlyDictionary`2":
                return Behind(Dictionary(name, args, direction), "Dictionary", args);
            case "System.Threading.Tasks.Task`1":
                return TypeShape.Of(ShapeKind.Task, name, Parse(args[0], direction));
            case "System.Threading.Tasks.ValueTask`1":
                return TypeShape.Of(direction == Direction.Return ? ShapeKind.Task : ShapeKind.ValueTask, name, Parse(args[0], direction));
            case "System.Collections.Generic.IAsyncEnumerable`1":
                return TypeShape.Of(ShapeKind.AsyncEnumerable, name, Parse(args[0], direction));
            case TypeNames.ValuesNamespace + ".JsValue":
                return TypeShape.Leaf(ShapeKind.JsValue, name);
            case TypeNames.ValuesNamespace + ".JsBlob":
                return TypeShape.Leaf(ShapeKind.Blob, name);
            case TypeNames.ValuesNamespace + ".JsFormData":
                return TypeShape.Leaf(ShapeKind.FormData, name);
            case "System.IO.Stream":
                return TypeShape.Leaf(ShapeKind.Stream, name);
        }

        if (type.ContainingNamespace?.ToDisplayString() == TypeNames.ValuesNamespace && TypeNames.DerivesFrom(type, TypeNames.ValuesNamespace + ".JsValue"))
        {
            return TypeShape.Leaf(ShapeKind.JsValueOf, name);
        }

        if (type.TypeKind == TypeKind.Enum)
        {
            return new TypeShape(ShapeKind.Enum, name, EquatableArray<TypeShape>.Empty, declarations.Add(type));
        }

        if (direction == Direction.Return)
        {
            return Returned(type, name);
        }

        return IsBindableObject(type)
            ? new TypeShape(ShapeKind.Record, name, EquatableArray<TypeShape>.Empty, declarations.Add(type))
            : TypeShape.Leaf(ShapeKind.Unsupported, name);
    }

    // The writer serializes what a method returns by its declared type, so any class, struct or
    // interface goes; framework types it knows no TypeScript shape for become `unknown`.
    private TypeShape Returned(INamedTypeSymbol type, string name)
    {
        if (TypeNames.DerivesFrom(type, "System.IO.Stream"))
        {
            return TypeShape.Leaf(ShapeKind.Stream, name);
        }

        if (TypeNames.IsFrameworkType(type))
        {
            return TypeShape.Leaf(ShapeKind.Opaque, name);
        }

        return new TypeShape(ShapeKind.Record, name, EquatableArray<TypeShape>.Empty, declarations.Add(type));
    }

    private TypeShape Dictionary(string name, System.Collections.Immutable.ImmutableArray<ITypeSymbol> args, Direction direction) =>
        args[0].SpecialType == SpecialType.System_String
            ? TypeShape.Of(ShapeKind.StringDictionary, name, Parse(args[1], direction))
            : TypeShape.Of(ShapeKind.Dictionary, name, Parse(args[0], direction), Parse(args[1], direction));

    // A collection interface binds to the concrete collection behind it (IReadOnlyList<T> is a List<T>).
    private static TypeShape Behind(TypeShape shape, string concrete, System.Collections.Immutable.ImmutableArray<ITypeSymbol> args) =>
        shape with
        {
            Concrete = "global::System.Collections.Generic." + concrete + "<"
                + string.Join(", ", System.Linq.Enumerable.Select(args, a => a.ToDisplayString(TypeNames.Annotated))) + ">",
        };

    // A client argument binds to an app record, struct, or a class shaped like a DTO (public
    // parameterless constructor and a settable property). Anything else is left for DI to decide
    // (see ParameterClassifier); framework types not in the leaf list never bind.
    private static bool IsBindableObject(INamedTypeSymbol type)
    {
        if (TypeNames.IsFrameworkType(type) || type.IsAbstract || type.IsStatic)
        {
            return false;
        }

        if (type.IsRecord || type.TypeKind == TypeKind.Struct)
        {
            return true;
        }

        if (type.TypeKind != TypeKind.Class || TypeNames.DerivesFrom(type, TypeNames.DbContext))
        {
            return false;
        }

        var hasDefaultConstructor = type.InstanceConstructors.Any(c => c.Parameters.Length == 0 && c.DeclaredAccessibility == Accessibility.Public);
        var hasSettableProperty = type.GetMembers().OfType<IPropertySymbol>()
            .Any(p => !p.IsStatic && p.SetMethod is { DeclaredAccessibility: Accessibility.Public });
        return hasDefaultConstructor && hasSettableProperty;
    }

    private static bool IsUnrepresentable(INamedTypeSymbol type) =>
        type.TypeKind is TypeKind.Delegate or TypeKind.Error or TypeKind.Pointer or TypeKind.FunctionPointer
        || type.IsRefLikeType
        || type.IsUnboundGenericType;

    private static ShapeKind? Leaf(ITypeSymbol type) => type.SpecialType switch
    {
        SpecialType.System_Boolean => ShapeKind.Boolean,
        SpecialType.System_String => ShapeKind.String,
        SpecialType.System_Char => ShapeKind.Char,
        SpecialType.System_Byte => ShapeKind.Byte,
        SpecialType.System_SByte => ShapeKind.SByte,
        SpecialType.System_Int16 => ShapeKind.Int16,
        SpecialType.System_UInt16 => ShapeKind.UInt16,
        SpecialType.System_Int32 => ShapeKind.Int32,
        SpecialType.System_UInt32 => ShapeKind.UInt32,
        SpecialType.System_Int64 => ShapeKind.Int64,
        SpecialType.System_UInt64 => ShapeKind.UInt64,
        SpecialType.System_Single => ShapeKind.Single,
        SpecialType.System_Double => ShapeKind.Double,
        SpecialType.System_Decimal => ShapeKind.Decimal,
        SpecialType.System_DateTime => ShapeKind.DateTime,
        SpecialType.System_Object => ShapeKind.Object,
        _ => TypeNames.MetadataName(type) switch
        {
            "System.Int128" => ShapeKind.Int128,
            "System.UInt128" => ShapeKind.UInt128,
            "System.Half" => ShapeKind.Half,
            "System.Numerics.BigInteger" => ShapeKind.BigInteger,
            "System.Guid" => ShapeKind.Guid,
            "System.DateTimeOffset" => ShapeKind.DateTimeOffset,
            "System.DateOnly" => ShapeKind.DateOnly,
            "System.TimeOnly" => ShapeKind.TimeOnly,
            "System.TimeSpan" => ShapeKind.TimeSpan,
            _ => null,
        },
    };
}
