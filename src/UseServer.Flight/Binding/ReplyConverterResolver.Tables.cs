using System.Diagnostics.CodeAnalysis;
using System.Numerics;
using System.Reflection;
using UseServer.Flight.Values;

namespace UseServer.Flight.Binding;

internal static partial class ReplyConverterResolver
{
    // Leaf types: one factory property each, listed rather than discovered.
    private static readonly Dictionary<Type, ReplyConverter> Leaves = new()
    {
        [typeof(bool)] = ReplyConverters.Boolean,
        [typeof(string)] = ReplyConverters.String,
        [typeof(char)] = ReplyConverters.Char,
        [typeof(byte)] = ReplyConverters.Byte,
        [typeof(sbyte)] = ReplyConverters.SByte,
        [typeof(short)] = ReplyConverters.Int16,
        [typeof(ushort)] = ReplyConverters.UInt16,
        [typeof(int)] = ReplyConverters.Int32,
        [typeof(uint)] = ReplyConverters.UInt32,
        [typeof(long)] = ReplyConverters.Int64,
        [typeof(ulong)] = ReplyConverters.UInt64,
        [typeof(Int128)] = ReplyConverters.Int128,
        [typeof(UInt128)] = ReplyConverters.UInt128,
        [typeof(BigInteger)] = ReplyConverters.BigInteger,
        [typeof(Half)] = ReplyConverters.Half,
        [typeof(float)] = ReplyConverters.Single,
        [typeof(double)] = ReplyConverters.Double,
        [typeof(decimal)] = ReplyConverters.Decimal,
        [typeof(Guid)] = ReplyConverters.Guid,
        [typeof(DateTime)] = ReplyConverters.DateTime,
        [typeof(DateTimeOffset)] = ReplyConverters.DateTimeOffset,
        [typeof(DateOnly)] = ReplyConverters.DateOnly,
        [typeof(TimeOnly)] = ReplyConverters.TimeOnly,
        [typeof(TimeSpan)] = ReplyConverters.TimeSpan,
        [typeof(JsValue)] = ReplyConverters.JsValue,
        [typeof(object)] = ReplyConverters.Object,
        [typeof(byte[])] = ReplyConverters.ByteArray,
        [typeof(ReadOnlyMemory<byte>)] = ReplyConverters.ReadOnlyMemoryOfByte,
        [typeof(Stream)] = ReplyConverters.Stream,
        [typeof(JsBlob)] = ReplyConverters.Blob,
        [typeof(JsFormData)] = ReplyConverters.FormData,
        [typeof(Task)] = ReplyConverters.CompletedTask,
        [typeof(ValueTask)] = ReplyConverters.CompletedValueTask,
    };

    // Generic shapes: which factory builds them, and which concrete type stands behind an interface.
    private static readonly Dictionary<Type, (string Factory, Type? Concrete)> Shapes = new()
    {
        [typeof(List<>)] = (nameof(ReplyConverters.List), null),
        [typeof(IList<>)] = (nameof(ReplyConverters.List), typeof(List<>)),
        [typeof(ICollection<>)] = (nameof(ReplyConverters.List), typeof(List<>)),
        [typeof(IEnumerable<>)] = (nameof(ReplyConverters.List), typeof(List<>)),
        [typeof(IReadOnlyList<>)] = (nameof(ReplyConverters.List), typeof(List<>)),
        [typeof(IReadOnlyCollection<>)] = (nameof(ReplyConverters.List), typeof(List<>)),
        [typeof(HashSet<>)] = (nameof(ReplyConverters.HashSet), null),
        [typeof(ISet<>)] = (nameof(ReplyConverters.HashSet), typeof(HashSet<>)),
        [typeof(IReadOnlySet<>)] = (nameof(ReplyConverters.HashSet), typeof(HashSet<>)),
        [typeof(Dictionary<,>)] = (nameof(ReplyConverters.Dictionary), null),
        [typeof(IDictionary<,>)] = (nameof(ReplyConverters.Dictionary), typeof(Dictionary<,>)),
        [typeof(IReadOnlyDictionary<,>)] = (nameof(ReplyConverters.Dictionary), typeof(Dictionary<,>)),
        [typeof(Task<>)] = (nameof(ReplyConverters.Task), null),
        [typeof(ValueTask<>)] = (nameof(ReplyConverters.ValueTask), null),
        [typeof(IAsyncEnumerable<>)] = (nameof(ReplyConverters.AsyncEnumerable), null),
    };

    [RequiresDynamicCode("Closes generic converter factories over types known only at run time.")]
    [RequiresUnreferencedCode("Finds converter factories by reflection.")]
    private static ReplyConverter? Composite(Type type, NullabilityInfo? info)
    {
        // T[]: items keep their own nullability.
        if (type.IsSZArray)
        {
            var element = type.GetElementType()!;
            return Invoke(nameof(ReplyConverters.Array), [element], Child(element, info?.ElementType));
        }

        if (!type.IsGenericType || !Shapes.TryGetValue(type.GetGenericTypeDefinition(), out var shape))
        {
            if (type.IsInterface || type.IsAbstract)
            {
                throw new NotSupportedException($"A server function parameter of type {type} cannot be bound from the client: interfaces and abstract classes have no constructor to bind to.");
            }

            return null;
        }

        var arguments = type.GetGenericArguments();
        var converters = new ReplyConverter[arguments.Length];
        for (int i = 0; i < arguments.Length; i++)
        {
            converters[i] = Child(arguments[i], info?.GenericTypeArguments is { } infos && infos.Length == arguments.Length ? infos[i] : null);
        }

        var built = Invoke(shape.Factory, arguments, converters);
        return shape.Concrete is null ? built : Invoke(nameof(ReplyConverters.As), [shape.Concrete.MakeGenericType(arguments), type], built);
    }

    [RequiresDynamicCode("Closes generic converter factories over types known only at run time.")]
    [RequiresUnreferencedCode("Finds converter factories by reflection.")]
    private static ReplyConverter Child(Type type, NullabilityInfo? info) =>
        Build(type, info?.ReadState == NullabilityState.Nullable, info);
}
