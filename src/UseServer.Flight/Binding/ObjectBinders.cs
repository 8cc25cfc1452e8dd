using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace UseServer.Flight.Binding;

/// <summary>
/// Builds <see cref="ObjectBinder"/>s from System.Text.Json's own metadata (<see cref="JsonTypeInfo"/>, from a
/// source-generated context or by reflection), once per type and options. A type gets a binder only when every member,
/// all the way down, is something the binder reads exactly as System.Text.Json does: built-in converters only (no custom
/// converter on the type, the member or in the options), no polymorphism, callbacks, extension data, reference handling,
/// populate semantics, unmapped-member errors or init-only member initializers, and member types among the leaves of
/// <see cref="MemberReaders.Leaf"/>, <c>List&lt;T&gt;</c>, <c>T[]</c>, <c>Dictionary&lt;string, T&gt;</c> and such objects.
/// Anything else keeps the rewrite and System.Text.Json (<see langword="null"/> here).
/// </summary>
internal static class ObjectBinders
{
    /// <summary>System.Text.Json's default for <see cref="JsonSerializerOptions.MaxDepth"/> 0.</summary>
    private const int DefaultMaxDepth = 64;

    /// <summary>The binder for <paramref name="info"/>'s type, or <see langword="null"/> when System.Text.Json has to bind it.</summary>
    public static ObjectBinder? TryCreate(JsonTypeInfo info)
    {
        var options = info.Options;
        if (options.ReferenceHandler is not null || options.UnmappedMemberHandling == JsonUnmappedMemberHandling.Disallow ||
            options.PreferredObjectCreationHandling == JsonObjectCreationHandling.Populate)
        {
            return null;
        }

        try
        {
            return Reader(info, new Dictionary<Type, MemberReader?>()) as ObjectBinder;
        }
        catch (Exception e) when (e is NotSupportedException or InvalidOperationException or ArgumentException)
        {
            return null; // metadata this binder cannot read (a type missing from the context…): System.Text.Json decides
        }
    }

    /// <summary>The deepest JSON System.Text.Json reads with <paramref name="options"/>.</summary>
    public static int MaxDepth(JsonSerializerOptions options) => options.MaxDepth == 0 ? DefaultMaxDepth : options.MaxDepth;

    private static MemberReader? Reader(JsonTypeInfo info, Dictionary<Type, MemberReader?> built)
    {
        if (built.TryGetValue(info.Type, out var known))
        {
            return known;
        }

        built[info.Type] = null; // a cycle through a kind that cannot be built yet stays unbound
        MemberReader? reader = !IsBuiltIn(info.Converter) ? null : info.Kind switch
        {
            JsonTypeInfoKind.None => MemberReaders.Leaf(info.Type),
            JsonTypeInfoKind.Object => Object(info, built),
            JsonTypeInfoKind.Enumerable => Sequence(info, built),
            JsonTypeInfoKind.Dictionary => Dictionary(info, built),
            _ => null,
        };
        built[info.Type] = reader;
        return reader;
    }

    private static MemberReader? Element(JsonTypeInfo owner, Type type, Dictionary<Type, MemberReader?> built) =>
        Reader(owner.Options.GetTypeInfo(type), built);

    /// <summary>Converters System.Text.Json ships (its object, collection and primitive converters), not an application's.</summary>
    private static bool IsBuiltIn(JsonConverter converter) => converter.GetType().Assembly == typeof(JsonSerializer).Assembly;

    private static ObjectBinder? Object(JsonTypeInfo info, Dictionary<Type, MemberReader?> built)
    {
        var options = info.Options;
        if (info.PolymorphismOptions is not null || info.OnDeserializing is not null || info.OnDeserialized is not null ||
            info.UnmappedMemberHandling == JsonUnmappedMemberHandling.Disallow || info.PreferredPropertyObjectCreationHandling == JsonObjectCreationHandling.Populate ||
            info.NumberHandling is not null || info.Properties.Count > ObjectBinder.MaxMembers)
        {
            return null;
        }

        var binder = new ObjectBinder(info.Type);
        built[info.Type] = binder; // members may refer back to this type
        var members = new ObjectBinder.Member[info.Properties.Count];
        bool parameters = false;
        for (int i = 0; i < members.Length; i++)
        {
            JsonPropertyInfo property = info.Properties[i];
            JsonParameterInfo? parameter = property.AssociatedParameter;
            if (property.IsExtensionData || property.CustomConverter is not null || property.ObjectCreationHandling == JsonObjectCreationHandling.Populate ||
                property.NumberHandling is not null || parameter is { IsMemberInitializer: true })
            {
                return null;
            }

            parameters |= parameter is not null;
            var reader = Element(info, property.PropertyType, built);
            if (reader is null)
            {
                return null;
            }

            bool settable = parameter is not null || property.Set is not null;
            bool acceptsNull = reader.AcceptsNull && (!options.RespectNullableAnnotations || (parameter?.IsNullable ?? property.IsSetNullable));
            members[i] = new ObjectBinder.Member(
                property.Name,
                settable ? reader : MemberReaders.SkipReader.Instance, // no setter and no parameter: System.Text.Json skips the value
                parameter?.Position ?? -1,
                parameter is null ? property.Set : null,
                property.IsRequired,
                acceptsNull,
                parameter?.HasDefaultValue ?? false,
                parameter is { HasDefaultValue: true } ? parameter.DefaultValue : null);
        }

        ConstructorInfo? constructor = parameters ? info.ConstructorAttributeProvider as ConstructorInfo : null;
        if (parameters ? constructor is null : info.CreateObject is null)
        {
            return null;
        }

        if (constructor is not null && constructor.GetParameters().Length != members.Count(m => m.Position >= 0))
        {
            return null; // a parameter no property names: not read here
        }

        binder.Initialize(members, options.PropertyNameCaseInsensitive, constructor, constructor is null ? info.CreateObject : null, options.RespectRequiredConstructorParameters);
        return binder;
    }

    /// <summary><c>List&lt;T&gt;</c> (made by its metadata's creator) and <c>T[]</c> only.</summary>
    private static MemberReader? Sequence(JsonTypeInfo info, Dictionary<Type, MemberReader?> built)
    {
        Type type = info.Type;
        bool array = type.IsSZArray;
        bool list = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>) && info.CreateObject is not null;
        if ((!array && !list) || info.ElementType is not { } elementType || Element(info, elementType, built) is not { } item)
        {
            return null;
        }

        if (list)
        {
            return new MemberReaders.SequenceReader(info.CreateObject!, null, item);
        }

        // An array: the items are gathered in an untyped list, then copied (unboxed) into an array of the type.
        return new MemberReaders.SequenceReader(static () => new List<object?>(), items =>
        {
            var result = Array.CreateInstanceFromArrayType(type, items.Count);
            items.CopyTo(result, 0);
            return result;
        }, item);
    }

    /// <summary><c>Dictionary&lt;string, T&gt;</c> only (made by its metadata's creator).</summary>
    private static MemberReader? Dictionary(JsonTypeInfo info, Dictionary<Type, MemberReader?> built)
    {
        Type type = info.Type;
        if (info.KeyType != typeof(string) || !type.IsGenericType || type.GetGenericTypeDefinition() != typeof(Dictionary<,>) ||
            info.CreateObject is null || info.ElementType is not { } valueType || Element(info, valueType, built) is not { } value)
        {
            return null;
        }

        return new MemberReaders.DictionaryReader(info.CreateObject, value);
    }
}
