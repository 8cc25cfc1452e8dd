using System;
using UseServer.Generator.Model;

namespace UseServer.Generator.Emitting;

/// <summary>
/// The one place that knows the runtime's converter API: maps a parameter's <see cref="TypeShape"/> to a
/// C# expression composing <c>UseServer.Flight.Binding.ReplyConverters</c> members. If the runtime
/// renames a member, change it here and regenerate the baselines.
/// </summary>
internal static class ConverterEmitter
{
    private const string Converters = "global::UseServer.Flight.Binding.ReplyConverters";

    public static string Expression(TypeShape shape) => shape.Concrete is { } concrete
        ? Converters + ".As<" + concrete + ", " + shape.TypeName + ">(" + Concrete(shape) + ")"
        : Concrete(shape);

    private static string Concrete(TypeShape shape) => shape.Kind switch
    {
        ShapeKind.Enum => Factory("Enum", shape.TypeName),
        ShapeKind.Record => Factory("Json", shape.TypeName),
        ShapeKind.JsValueOf => Factory("JsValueOf", shape.TypeName),
        ShapeKind.Nullable => Composed("Nullable", shape.Argument(0)),
        // object? receives the value model as it is, null and undefined included (JsNull, JsUndefined), so an
        // echo keeps undefined; a plain object parameter refuses null and undefined.
        ShapeKind.NullableRef when shape.Argument(0).Kind == ShapeKind.Object =>
            Converters + ".As<global::UseServer.Flight.Values.JsValue, object>(" + Converters + ".JsValue)",
        ShapeKind.NullableRef => Composed("NullableRef", shape.Argument(0)),
        ShapeKind.Array => Composed("Array", shape.Argument(0)),
        ShapeKind.List => Composed("List", shape.Argument(0)),
        ShapeKind.HashSet => Composed("HashSet", shape.Argument(0)),
        ShapeKind.StringDictionary => Composed("StringDictionary", shape.Argument(0)),
        ShapeKind.Task => Composed("Task", shape.Argument(0)),
        ShapeKind.ValueTask => Composed("ValueTask", shape.Argument(0)),
        ShapeKind.AsyncEnumerable => Composed("AsyncEnumerable", shape.Argument(0)),
        ShapeKind.Dictionary => Converters + ".Dictionary<" + shape.Argument(0).TypeName + ", " + shape.Argument(1).TypeName + ">("
            + Expression(shape.Argument(0)) + ", " + Expression(shape.Argument(1)) + ")",
        _ => Converters + "." + Leaf(shape.Kind),
    };

    // Generic factories take the argument's converter: List<T>(ReplyConverter<T>). The argument keeps its
    // nullable annotation (List<string?>), except under Nullable/NullableRef, which take the underlying type.
    private static string Composed(string factory, TypeShape argument) =>
        Converters + "." + factory + "<" + argument.TypeName + ">(" + Expression(argument) + ")";

    private static string Factory(string factory, string typeName) => Converters + "." + factory + "<" + typeName + ">()";

    // One converter property per leaf kind.
    private static string Leaf(ShapeKind kind) => kind switch
    {
        ShapeKind.Boolean => "Boolean",
        ShapeKind.String => "String",
        ShapeKind.Char => "Char",
        ShapeKind.Byte => "Byte",
        ShapeKind.SByte => "SByte",
        ShapeKind.Int16 => "Int16",
        ShapeKind.UInt16 => "UInt16",
        ShapeKind.Int32 => "Int32",
        ShapeKind.UInt32 => "UInt32",
        ShapeKind.Int64 => "Int64",
        ShapeKind.UInt64 => "UInt64",
        ShapeKind.Int128 => "Int128",
        ShapeKind.UInt128 => "UInt128",
        ShapeKind.Half => "Half",
        ShapeKind.Single => "Single",
        ShapeKind.Double => "Double",
        ShapeKind.Decimal => "Decimal",
        ShapeKind.BigInteger => "BigInteger",
        ShapeKind.Guid => "Guid",
        ShapeKind.DateTime => "DateTime",
        ShapeKind.DateTimeOffset => "DateTimeOffset",
        ShapeKind.DateOnly => "DateOnly",
        ShapeKind.JsValue => "JsValue",
        ShapeKind.Object => "Object",
        ShapeKind.ByteArray => "ByteArray",
        ShapeKind.ReadOnlyMemoryOfByte => "ReadOnlyMemoryOfByte",
        ShapeKind.Blob => "Blob",
        ShapeKind.FormData => "FormData",
        ShapeKind.TimeOnly => "TimeOnly",
        ShapeKind.TimeSpan => "TimeSpan",
        ShapeKind.Stream => "Stream",
        _ => throw new InvalidOperationException("No converter for " + kind),
    };
}
