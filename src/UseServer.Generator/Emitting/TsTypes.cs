using System;
using System.Collections.Generic;
using UseServer.Generator.Model;

namespace UseServer.Generator.Emitting;

/// <summary>Maps a <see cref="TypeShape"/> to a TypeScript type, given the final names of the declarations.</summary>
internal sealed class TsTypes(IReadOnlyDictionary<string, string> declarationNames)
{
    /// <summary>A parameter type (what the caller may pass).</summary>
    public string Parameter(TypeShape shape) => Map(shape, "Blob | ReadableStream<Uint8Array> | Uint8Array");

    /// <summary>A result or property type (what the caller receives).</summary>
    public string Map(TypeShape shape) => Map(shape, "ReadableStream<Uint8Array>");

    private string Map(TypeShape shape, string stream) => shape.Kind switch
    {
        ShapeKind.Boolean => "boolean",
        ShapeKind.String or ShapeKind.Char or ShapeKind.Guid or ShapeKind.TimeOnly or ShapeKind.TimeSpan => "string",
        ShapeKind.Byte or ShapeKind.SByte or ShapeKind.Int16 or ShapeKind.UInt16 or ShapeKind.Int32 or ShapeKind.UInt32
            or ShapeKind.Half or ShapeKind.Single or ShapeKind.Double or ShapeKind.Decimal => "number",
        ShapeKind.Int64 or ShapeKind.UInt64 or ShapeKind.Int128 or ShapeKind.UInt128 or ShapeKind.BigInteger => "bigint",
        ShapeKind.DateTime or ShapeKind.DateTimeOffset or ShapeKind.DateOnly => "Date",
        ShapeKind.JsValue or ShapeKind.JsValueOf or ShapeKind.Object or ShapeKind.Opaque => "unknown",
        ShapeKind.ByteArray or ShapeKind.ReadOnlyMemoryOfByte => "Uint8Array",
        ShapeKind.Blob => "Blob",
        ShapeKind.FormData => "FormData",
        ShapeKind.Enum or ShapeKind.Record => declarationNames[shape.DeclarationKey!],
        ShapeKind.Nullable or ShapeKind.NullableRef => Nullable(Map(shape.Argument(0), stream)),
        ShapeKind.Array or ShapeKind.List => Element(Map(shape.Argument(0), stream)) + "[]",
        ShapeKind.HashSet => "Set<" + Map(shape.Argument(0), stream) + ">",
        ShapeKind.StringDictionary => "Record<string, " + Map(shape.Argument(0), stream) + ">",
        ShapeKind.Dictionary => "Map<" + Map(shape.Argument(0), stream) + ", " + Map(shape.Argument(1), stream) + ">",
        ShapeKind.Task or ShapeKind.ValueTask => "Promise<" + Map(shape.Argument(0), stream) + ">",
        ShapeKind.AsyncEnumerable => "AsyncIterable<" + Map(shape.Argument(0), stream) + ">",
        ShapeKind.Stream => stream,
        ShapeKind.Void or ShapeKind.Redirect => "void",
        _ => throw new InvalidOperationException("No TypeScript type for " + shape.Kind),
    };

    // `T | null | null` reads badly; unknown already includes null.
    private static string Nullable(string type) =>
        type == "unknown" || type.EndsWith(" | null", StringComparison.Ordinal) ? type : type + " | null";

    private static string Element(string type) => type.IndexOf(' ') >= 0 ? "(" + type + ")" : type;
}
