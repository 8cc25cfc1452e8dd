namespace UseServer.Generator.Model;

/// <summary>
/// What a C# type is on the wire, as the parser classified it: the one thing both emitters (C#
/// converters and TypeScript types) read. A tree over generic arguments; records and enums refer to
/// their <see cref="TsDeclaration"/> by <see cref="DeclarationKey"/> so recursive types stay finite.
/// </summary>
/// <param name="Kind">The wire kind.</param>
/// <param name="TypeName">The C# type as generated code spells it (fully qualified, nullable annotation included).</param>
/// <param name="Arguments">Element, value or underlying shapes, by kind (see <see cref="ShapeKind"/>).</param>
/// <param name="DeclarationKey">For <see cref="ShapeKind.Enum"/> and <see cref="ShapeKind.Record"/>: the declaration's key.</param>
/// <param name="Concrete">For a collection interface (<c>IReadOnlyList&lt;T&gt;</c>): the concrete type the converter builds (<c>List&lt;T&gt;</c>).</param>
internal sealed record TypeShape(ShapeKind Kind, string TypeName, EquatableArray<TypeShape> Arguments, string? DeclarationKey = null, string? Concrete = null)
{
    public static TypeShape Leaf(ShapeKind kind, string typeName) => new(kind, typeName, EquatableArray<TypeShape>.Empty);

    public static TypeShape Of(ShapeKind kind, string typeName, params TypeShape[] arguments) =>
        new(kind, typeName, arguments.ToEquatableArray());

    public TypeShape Argument(int index) => Arguments[index];
}

/// <summary>The wire kinds. Leaves first, then composites (their <see cref="TypeShape.Arguments"/> in brackets), then return-only kinds.</summary>
internal enum ShapeKind
{
    Unsupported,
    Boolean,
    String,
    Char,
    Byte,
    SByte,
    Int16,
    UInt16,
    Int32,
    UInt32,
    Int64,
    UInt64,
    Int128,
    UInt128,
    Half,
    Single,
    Double,
    Decimal,
    BigInteger,
    Guid,
    DateTime,
    DateTimeOffset,
    DateOnly,
    JsValue,
    Object,
    ByteArray,
    ReadOnlyMemoryOfByte,
    Blob,
    FormData,
    TimeOnly,
    TimeSpan,

    /// <summary>A <c>Stream</c>: a Blob, byte stream or bytes as a parameter, a byte stream as a result.</summary>
    Stream,

    /// <summary>A <c>UseServer.Flight.Values</c> kind other than JsValue, JsBlob and JsFormData, taken as it is.</summary>
    JsValueOf,

    /// <summary>A C# enum; sent as the member name.</summary>
    Enum,

    /// <summary><c>T?</c> for a value type [T].</summary>
    Nullable,

    /// <summary><c>T?</c> for a reference type [T].</summary>
    NullableRef,

    /// <summary><c>T[]</c> [T].</summary>
    Array,

    /// <summary><c>List&lt;T&gt;</c> and the list and sequence interfaces [T].</summary>
    List,

    /// <summary><c>HashSet&lt;T&gt;</c> and the set interfaces [T].</summary>
    HashSet,

    /// <summary>A dictionary keyed by string, a plain JS object [TValue].</summary>
    StringDictionary,

    /// <summary>Any other dictionary, a JS Map [TKey, TValue].</summary>
    Dictionary,

    /// <summary><c>Task&lt;T&gt;</c> as a parameter, a JS promise [T].</summary>
    Task,

    /// <summary><c>ValueTask&lt;T&gt;</c> as a parameter, a JS promise [T].</summary>
    ValueTask,

    /// <summary><c>IAsyncEnumerable&lt;T&gt;</c>, a JS async iterable [T].</summary>
    AsyncEnumerable,

    /// <summary>A record, class or struct bound through System.Text.Json metadata.</summary>
    Record,

    /// <summary>No value (<c>void</c>, <c>Task</c>, <c>ValueTask</c>): returns only.</summary>
    Void,

    /// <summary>A framework type the writer serializes but TypeScript cannot describe: returns only.</summary>
    Opaque,

    /// <summary><c>UseServer.ServerRedirect</c>: the call navigates instead of returning a value (TypeScript <c>void</c>): returns only.</summary>
    Redirect,
}

/// <summary>Helpers over <see cref="ShapeKind"/>.</summary>
internal static class ShapeKinds
{
    public static bool IsLeaf(this ShapeKind kind) => kind is > ShapeKind.Unsupported and <= ShapeKind.JsValueOf;

    public static bool IsSupportedParameter(this ShapeKind kind) => kind is > ShapeKind.Unsupported and <= ShapeKind.Record;
}
