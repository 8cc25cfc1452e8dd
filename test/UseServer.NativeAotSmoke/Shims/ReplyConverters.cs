// Stand-in until the runtime branch that defines it is merged (see the csproj). Mirrors test/UseServer.Generator.Tests/Infrastructure/RuntimeShims.cs.
// Returns null converters (not throw) so the module initializer runs in the native binary; nothing is bound here.
#nullable enable
using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using UseServer.Flight.Values;
namespace UseServer.Flight.Binding;

public static class ReplyConverters
{
    public static ReplyConverter<bool> Boolean => null!;
    public static ReplyConverter<string> String => null!;
    public static ReplyConverter<char> Char => null!;
    public static ReplyConverter<byte> Byte => null!;
    public static ReplyConverter<sbyte> SByte => null!;
    public static ReplyConverter<short> Int16 => null!;
    public static ReplyConverter<ushort> UInt16 => null!;
    public static ReplyConverter<int> Int32 => null!;
    public static ReplyConverter<uint> UInt32 => null!;
    public static ReplyConverter<long> Int64 => null!;
    public static ReplyConverter<ulong> UInt64 => null!;
    public static ReplyConverter<Int128> Int128 => null!;
    public static ReplyConverter<UInt128> UInt128 => null!;
    public static ReplyConverter<Half> Half => null!;
    public static ReplyConverter<float> Single => null!;
    public static ReplyConverter<double> Double => null!;
    public static ReplyConverter<decimal> Decimal => null!;
    public static ReplyConverter<System.Numerics.BigInteger> BigInteger => null!;
    public static ReplyConverter<Guid> Guid => null!;
    public static ReplyConverter<DateTime> DateTime => null!;
    public static ReplyConverter<DateTimeOffset> DateTimeOffset => null!;
    public static ReplyConverter<DateOnly> DateOnly => null!;
    public static ReplyConverter<JsValue> JsValue => null!;
    public static ReplyConverter<TimeOnly> TimeOnly => null!;
    public static ReplyConverter<TimeSpan> TimeSpan => null!;
    public static ReplyConverter<System.IO.Stream> Stream => null!;
    public static ReplyConverter<object> Object => null!;
    public static ReplyConverter<byte[]> ByteArray => null!;
    public static ReplyConverter<ReadOnlyMemory<byte>> ReadOnlyMemoryOfByte => null!;
    public static ReplyConverter<JsBlob> Blob => null!;
    public static ReplyConverter<JsFormData> FormData => null!;
    public static ReplyConverter<TEnum> Enum<TEnum>() where TEnum : struct, Enum => null!;
    public static ReplyConverter<T?> Nullable<T>(ReplyConverter<T> converter) where T : struct => null!;
    public static ReplyConverter<T?> NullableRef<T>(ReplyConverter<T> converter) where T : class => null!;
    public static ReplyConverter<T[]> Array<T>(ReplyConverter<T> element) => null!;
    public static ReplyConverter<List<T>> List<T>(ReplyConverter<T> element) => null!;
    public static ReplyConverter<HashSet<T>> HashSet<T>(ReplyConverter<T> element) => null!;
    public static ReplyConverter<Dictionary<string, T>> StringDictionary<T>(ReplyConverter<T> value) => null!;
    public static ReplyConverter<Dictionary<TKey, TValue>> Dictionary<TKey, TValue>(ReplyConverter<TKey> key, ReplyConverter<TValue> value) where TKey : notnull => null!;
    public static ReplyConverter<Task<T>> Task<T>(ReplyConverter<T> result) => null!;
    public static ReplyConverter<IAsyncEnumerable<T>> AsyncEnumerable<T>(ReplyConverter<T> element) => null!;
    public static ReplyConverter<ValueTask<T>> ValueTask<T>(ReplyConverter<T> result) => null!;
    public static ReplyConverter<TTarget> As<TSource, TTarget>(ReplyConverter<TSource> converter) where TSource : TTarget => null!;
    public static ReplyConverter<TValue> JsValueOf<TValue>() where TValue : JsValue => null!;
    public static ReplyConverter<T> Json<T>() => null!;
}
