using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;

namespace UseServer.Flight.Writing;

/// <summary>Facts about a .NET type that System.Text.Json metadata does not give, computed once per type.</summary>
internal static class FlightTypeShape
{
    private static readonly ConcurrentDictionary<Type, (bool IsSet, Type? AsyncItem)> s_shapes = new();

    /// <summary>Whether <paramref name="type"/> implements <see cref="ISet{T}"/> or <see cref="IReadOnlySet{T}"/> (written as a JavaScript <c>Set</c>).</summary>
    public static bool IsSet(Type type) => Shape(type).IsSet;

    /// <summary>The <c>T</c> of the <see cref="IAsyncEnumerable{T}"/> that <paramref name="type"/> implements, if any.</summary>
    public static Type? AsyncEnumerableItemType(Type type) => Shape(type).AsyncItem;

    private static (bool IsSet, Type? AsyncItem) Shape(Type type) => s_shapes.GetOrAdd(type, Compute);

    [UnconditionalSuppressMessage("Trimming", "IL2070",
        Justification = "An interface the trimmer removed is one nothing uses, so the value cannot be treated as one anyway.")]
    private static (bool IsSet, Type? AsyncItem) Compute(Type type)
    {
        bool isSet = false;
        Type? asyncItem = null;
        foreach (Type candidate in type.IsInterface ? [type, .. type.GetInterfaces()] : type.GetInterfaces())
        {
            if (!candidate.IsGenericType)
            {
                continue;
            }

            Type definition = candidate.GetGenericTypeDefinition();
            isSet |= definition == typeof(ISet<>) || definition == typeof(IReadOnlySet<>);
            if (definition == typeof(IAsyncEnumerable<>))
            {
                asyncItem = candidate.GetGenericArguments()[0];
            }
        }

        return (isSet, asyncItem);
    }
}
