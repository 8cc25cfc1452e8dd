using System.Numerics;
using UseServer.Flight.Binding;
using UseServer.Flight.Values;

namespace UseServer.Flight.Tests.Binding;

/// <summary>What only the reflection path has: type coverage, caching and startup-time refusals.</summary>
public class ReplyConverterResolverTests
{
    public static TheoryData<Type> Supported => new(
        typeof(bool), typeof(string), typeof(char), typeof(byte), typeof(sbyte), typeof(short), typeof(ushort),
        typeof(int), typeof(uint), typeof(long), typeof(ulong), typeof(Int128), typeof(UInt128), typeof(BigInteger),
        typeof(Half), typeof(float), typeof(double), typeof(decimal), typeof(Guid), typeof(DateTime),
        typeof(DateTimeOffset), typeof(DateOnly), typeof(TimeOnly), typeof(TimeSpan), typeof(JsValue), typeof(object),
        typeof(byte[]), typeof(ReadOnlyMemory<byte>), typeof(Stream), typeof(JsBlob), typeof(JsFormData), typeof(JsObject),
        typeof(Task), typeof(ValueTask), typeof(Task<int>), typeof(ValueTask<string>), typeof(IAsyncEnumerable<Person>),
        typeof(int?), typeof(ScalarSuite.Color), typeof(ScalarSuite.Color?), typeof(int[][]), typeof(List<int?>),
        typeof(IList<string>), typeof(ICollection<string>), typeof(IEnumerable<string>), typeof(IReadOnlyList<string>),
        typeof(IReadOnlyCollection<string>), typeof(HashSet<Guid>), typeof(ISet<int>), typeof(IReadOnlySet<int>),
        typeof(Dictionary<int, string>), typeof(IDictionary<string, int>), typeof(IReadOnlyDictionary<Guid, Person>),
        typeof(Person), typeof(Settings), typeof(Point), typeof(Point?), typeof(Uri));

    [Theory]
    [MemberData(nameof(Supported))]
    public void Every_supported_type_resolves_to_a_converter_of_exactly_that_type(Type type)
    {
        Assert.Equal(type, ReplyConverterResolver.Resolve(type).Type);
        if (!type.IsValueType)
        {
            Assert.Equal(type, ReplyConverterResolver.Resolve(type, nullableAnnotated: true).Type);
        }
    }

    [Fact]
    public void Resolution_is_cached_per_type_and_nullability()
    {
        var a = ReplyConverterResolver.Resolve(typeof(List<Person>));
        Assert.Same(a, ReplyConverterResolver.Resolve(typeof(List<Person>)));
        Assert.NotSame(a, ReplyConverterResolver.Resolve(typeof(List<Person>), nullableAnnotated: true));
    }

    public static TheoryData<Type> Unsupported => new(
        typeof(Action), typeof(Func<int>), typeof(Type), typeof(System.Reflection.MethodInfo), typeof(IntPtr),
        typeof(CancellationToken), typeof(List<>), typeof(int*), typeof(IComparable), typeof(MarshalByRefObject),
        typeof(List<Action>), typeof(Dictionary<string, Type>));

    [Theory]
    [MemberData(nameof(Unsupported))]
    public void Unsupported_types_fail_at_resolution(Type type)
    {
        var e = Assert.Throws<NotSupportedException>(() => ReplyConverterResolver.Resolve(type));
        Assert.Contains("cannot", e.Message);
    }

    [Fact]
    public void Nullability_info_reaches_nested_items()
    {
        var context = new ReplyBindingContext(new global::UseServer.Flight.Reply.ReplyLimits(), BindingJson.ReflectionOptions);
        var list = ReplyConverterResolver.Resolve(Samples.Nullability("listOfNullableStrings"));
        Assert.Equal(new string?[] { null }, (List<string?>)list.ConvertBoxed(Js.Arr(Js.Null), context)!);
        var nonNullable = ReplyConverterResolver.Resolve(typeof(List<string>));
        Assert.Throws<global::UseServer.Flight.Reply.ReplyDecodeException>(() => nonNullable.ConvertBoxed(Js.Arr(Js.Null), context));
        var values = ReplyConverterResolver.Resolve(Samples.Nullability("nullableValues"));
        Assert.Equal(new Dictionary<string, int?> { ["a"] = null }, values.ConvertBoxed(Js.Obj(("a", Js.Null)), context));
        var anything = ReplyConverterResolver.Resolve(Samples.Nullability("anything"));
        Assert.Same(JsValue.Null, anything.ConvertBoxed(Js.Null, context)); // object? keeps the value model
    }
}
