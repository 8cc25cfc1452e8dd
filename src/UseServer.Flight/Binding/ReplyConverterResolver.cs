using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using UseServer.Flight.Values;

namespace UseServer.Flight.Binding;

/// <summary>
/// Maps a CLR type to the same composed <see cref="ReplyConverters"/> the source generator emits, by
/// reflection, once per type (cached). For tests and for registrations made without the generator; never
/// on a request path. An unsupported type fails here, at startup, not per request.
/// </summary>
internal static partial class ReplyConverterResolver
{
    private static readonly ConcurrentDictionary<(Type Type, bool Nullable), ReplyConverter> Cache = new();

    /// <summary>The converter for <paramref name="type"/>; <paramref name="nullableAnnotated"/> says a reference type is declared <c>T?</c>.</summary>
    /// <remarks>
    /// A <see cref="Type"/> does not carry the nullability of its type arguments, so reference-type items
    /// (<c>List&lt;string&gt;</c>) are treated as non-nullable; use <see cref="Resolve(NullabilityInfo)"/> to honour
    /// <c>List&lt;string?&gt;</c>.
    /// </remarks>
    /// <exception cref="NotSupportedException">The type cannot be bound from a client value.</exception>
    [RequiresDynamicCode("Closes generic converter factories over types known only at run time.")]
    [RequiresUnreferencedCode("Finds converter factories by reflection.")]
    public static ReplyConverter Resolve(Type type, bool nullableAnnotated = false)
    {
        ArgumentNullException.ThrowIfNull(type);
        return Cache.GetOrAdd((type, nullableAnnotated), static key => Build(key.Type, key.Nullable, null));
    }

    /// <summary>The converter for a parameter, property or field, honouring nullability annotations at every level.</summary>
    /// <exception cref="NotSupportedException">The type cannot be bound from a client value.</exception>
    [RequiresDynamicCode("Closes generic converter factories over types known only at run time.")]
    [RequiresUnreferencedCode("Finds converter factories by reflection.")]
    public static ReplyConverter Resolve(NullabilityInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        return Build(info.Type, info.ReadState == NullabilityState.Nullable, info);
    }

    [RequiresDynamicCode("Closes generic converter factories over types known only at run time.")]
    [RequiresUnreferencedCode("Finds converter factories by reflection.")]
    private static ReplyConverter Build(Type type, bool nullable, NullabilityInfo? info)
    {
        // T? for a value type: the nullability is in the type itself.
        if (System.Nullable.GetUnderlyingType(type) is { } underlying)
        {
            var inner = Build(underlying, false, info?.GenericTypeArguments is [var arg] ? arg : null);
            return Invoke(nameof(ReplyConverters.Nullable), [underlying], inner);
        }

        // object? receives the value model as it is, null and undefined included, like the generator emits.
        if (nullable && type == typeof(object))
        {
            return ReplyConverters.As<JsValue, object>(ReplyConverters.JsValue);
        }

        // T? for a reference type: a wrapper over the non-nullable converter.
        if (nullable && !type.IsValueType)
        {
            return Invoke(nameof(ReplyConverters.NullableRef), [type], Build(type, false, info));
        }

        Reject(type);
        return Leaf(type) ?? Composite(type, info) ?? Invoke(nameof(ReplyConverters.Json), [type]);
    }

    [RequiresDynamicCode("Closes generic converter factories over types known only at run time.")]
    [RequiresUnreferencedCode("Finds converter factories by reflection.")]
    private static ReplyConverter? Leaf(Type type)
    {
        if (Leaves.TryGetValue(type, out var leaf))
        {
            return leaf;
        }

        if (type.IsEnum)
        {
            return Invoke(nameof(ReplyConverters.Enum), [type]);
        }

        return typeof(JsValue).IsAssignableFrom(type) ? Invoke(nameof(ReplyConverters.JsValueOf), [type]) : null;
    }

    /// <summary>Types no client value can become: failing here keeps the mistake at startup.</summary>
    private static void Reject(Type type)
    {
        string? why =
            type.ContainsGenericParameters ? "it is an open generic type" :
            type.IsPointer || type.IsByRef || type.IsByRefLike ? "it is a pointer, by-ref or ref struct type" :
            typeof(Delegate).IsAssignableFrom(type) ? "a delegate cannot come from the client" :
            type == typeof(void) || type == typeof(IntPtr) || type == typeof(UIntPtr) ? "it has no client form" :
            typeof(MemberInfo).IsAssignableFrom(type) || typeof(Assembly).IsAssignableFrom(type) ? "types are never chosen by the client" :
            type == typeof(CancellationToken) ? "it is supplied by the host, not the client" :
            null;
        if (why is not null)
        {
            throw new NotSupportedException($"A server function parameter of type {type} cannot be bound from the client: {why}.");
        }
    }

    [RequiresDynamicCode("Closes generic converter factories over types known only at run time.")]
    [RequiresUnreferencedCode("Finds converter factories by reflection.")]
    private static ReplyConverter Invoke(string factory, Type[] typeArguments, params ReplyConverter[] arguments)
    {
        var method = typeof(ReplyConverters).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Single(m => m.Name == factory && m.IsGenericMethodDefinition && m.GetGenericArguments().Length == typeArguments.Length);
        try
        {
            return (ReplyConverter)method.MakeGenericMethod(typeArguments).Invoke(null, arguments)!;
        }
        catch (ArgumentException e)
        {
            // A generic constraint does not hold (for example a struct where a class is required).
            throw new NotSupportedException($"{factory} cannot take {string.Join(", ", typeArguments.Select(t => t.ToString()))}.", e);
        }
    }
}
