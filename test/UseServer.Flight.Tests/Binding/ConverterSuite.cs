using System.Numerics;
using System.Reflection;
using UseServer.Flight.Binding;
using UseServer.Flight.Reply;
using UseServer.Flight.Values;

namespace UseServer.Flight.Tests.Binding;

/// <summary>
/// Base of every binding suite. Each suite runs twice: once with the converters the
/// generator would emit (explicit <see cref="ReplyConverters"/> calls) and once with what
/// <see cref="ReplyConverterResolver"/> builds by reflection for the same CLR type.
/// </summary>
public abstract class ConverterSuite
{
    protected static readonly ReplyBindingContext Context = new(new ReplyLimits(), BindingJson.ReflectionOptions);

    /// <summary>True in the resolver run.</summary>
    protected abstract bool UseResolver { get; }

    /// <summary>The factory-built converter, or the one the resolver builds for <typeparamref name="T"/>.</summary>
    protected ReplyConverter<T> C<T>(ReplyConverter<T> factory, bool nullable = false) =>
        UseResolver ? Typed<T>(ReplyConverterResolver.Resolve(typeof(T), nullable)) : factory;

    /// <summary>As <see cref="C{T}(ReplyConverter{T}, bool)"/>, resolving from a sample parameter so nested nullability is known.</summary>
    protected ReplyConverter<T> C<T>(ReplyConverter<T> factory, string sampleParameter) =>
        UseResolver ? Typed<T>(ReplyConverterResolver.Resolve(Samples.Nullability(sampleParameter))) : factory;

    protected static T Bind<T>(ReplyConverter<T> converter, JsValue value, ReplyBindingContext? context = null) =>
        converter.Convert(value, context ?? Context);

    /// <summary>Asserts a 400 (<see cref="ReplyErrorCode.InvalidArguments"/>) and returns it for path checks.</summary>
    protected static ReplyDecodeException Fails<T>(ReplyConverter<T> converter, JsValue value, ReplyBindingContext? context = null)
    {
        var e = Assert.Throws<ReplyDecodeException>(() => converter.Convert(value, context ?? Context));
        Assert.Equal(ReplyErrorCode.InvalidArguments, e.Code);
        return e;
    }

    private static ReplyConverter<T> Typed<T>(ReplyConverter resolved)
    {
        Assert.Equal(typeof(T), resolved.Type);
        return Assert.IsAssignableFrom<ReplyConverter<T>>(resolved);
    }
}

/// <summary>Short constructors for decoded values.</summary>
internal static class Js
{
    public static JsValue Null => JsValue.Null;

    public static JsValue Undefined => JsValue.Undefined;

    public static JsValue Bool(bool value) => JsBoolean.From(value);

    public static JsValue Num(double value) => new JsNumber(value);

    public static JsValue Str(string value) => new JsString(value);

    public static JsValue Big(BigInteger value) => new JsBigInt(value);

    public static JsValue Date(string iso) => new JsDate(DateTimeOffset.Parse(iso, System.Globalization.CultureInfo.InvariantCulture));

    public static JsArray Arr(params JsValue[] items) => new(items);

    public static JsSet Set(params JsValue[] items) => new(items);

    public static JsObject Obj(params (string Key, JsValue Value)[] entries) =>
        new(entries.Select(e => new KeyValuePair<string, JsValue>(e.Key, e.Value)));

    public static JsMap Map(params (JsValue Key, JsValue Value)[] entries) =>
        new(entries.Select(e => new KeyValuePair<JsValue, JsValue>(e.Key, e.Value)));

    public static JsTypedArray Bytes(JsTypedArrayKind kind, params byte[] bytes) => new(kind, bytes.AsSpan());

    public static JsPromise Promise(JsValue value) => new(value);
}

/// <summary>Parameters whose nullability annotations the resolver reads in the nullability-aware tests.</summary>
internal static class Samples
{
    private static readonly NullabilityInfoContext NullabilityContext = new();

    public static NullabilityInfo Nullability(string parameter) =>
        NullabilityContext.Create(typeof(Samples).GetMethod(nameof(Method), BindingFlags.NonPublic | BindingFlags.Static)!
            .GetParameters().Single(p => p.Name == parameter));

#pragma warning disable IDE0060 // only the signature matters
    private static void Method(
        List<string?> listOfNullableStrings,
        string?[] arrayOfNullableStrings,
        Dictionary<string, int?> nullableValues,
        Person? maybePerson,
        object? anything,
        Task<string?> promiseOfNullable)
    {
    }
#pragma warning restore IDE0060
}
