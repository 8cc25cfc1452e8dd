using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace UseServer.Generator.Tests.Infrastructure;

/// <summary>
/// The runtime API the generated code calls, for as long as the referenced runtime does not have it yet
/// (the attribute and the converter factories are built on other branches). Each shim is added only when
/// the real type is missing, so once the runtime has them these tests compile against the real thing.
/// The shims are also the written contract: the signatures the generator expects (copied from the binding
/// branch's ReplyConverters as of this writing).
/// </summary>
internal static class RuntimeShims
{
    public const string Attribute = """
        namespace UseServer
        {
            [System.AttributeUsage(System.AttributeTargets.Method | System.AttributeTargets.Class, Inherited = false)]
            public sealed class ServerFunctionAttribute : System.Attribute
            {
                public string? Id { get; set; }
            }
        }
        """;

    public const string Converters = """
        #nullable enable
        using System;
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using UseServer.Flight.Values;
        namespace UseServer.Flight.Binding
        {
            public static class ReplyConverters
            {
                public static ReplyConverter<bool> Boolean => throw null!;
                public static ReplyConverter<string> String => throw null!;
                public static ReplyConverter<char> Char => throw null!;
                public static ReplyConverter<byte> Byte => throw null!;
                public static ReplyConverter<sbyte> SByte => throw null!;
                public static ReplyConverter<short> Int16 => throw null!;
                public static ReplyConverter<ushort> UInt16 => throw null!;
                public static ReplyConverter<int> Int32 => throw null!;
                public static ReplyConverter<uint> UInt32 => throw null!;
                public static ReplyConverter<long> Int64 => throw null!;
                public static ReplyConverter<ulong> UInt64 => throw null!;
                public static ReplyConverter<Int128> Int128 => throw null!;
                public static ReplyConverter<UInt128> UInt128 => throw null!;
                public static ReplyConverter<Half> Half => throw null!;
                public static ReplyConverter<float> Single => throw null!;
                public static ReplyConverter<double> Double => throw null!;
                public static ReplyConverter<decimal> Decimal => throw null!;
                public static ReplyConverter<System.Numerics.BigInteger> BigInteger => throw null!;
                public static ReplyConverter<Guid> Guid => throw null!;
                public static ReplyConverter<DateTime> DateTime => throw null!;
                public static ReplyConverter<DateTimeOffset> DateTimeOffset => throw null!;
                public static ReplyConverter<DateOnly> DateOnly => throw null!;
                public static ReplyConverter<JsValue> JsValue => throw null!;
                public static ReplyConverter<TimeOnly> TimeOnly => throw null!;
                public static ReplyConverter<TimeSpan> TimeSpan => throw null!;
                public static ReplyConverter<System.IO.Stream> Stream => throw null!;
                public static ReplyConverter<object> Object => throw null!;
                public static ReplyConverter<byte[]> ByteArray => throw null!;
                public static ReplyConverter<ReadOnlyMemory<byte>> ReadOnlyMemoryOfByte => throw null!;
                public static ReplyConverter<JsBlob> Blob => throw null!;
                public static ReplyConverter<JsFormData> FormData => throw null!;
                public static ReplyConverter<TEnum> Enum<TEnum>() where TEnum : struct, Enum => throw null!;
                public static ReplyConverter<T?> Nullable<T>(ReplyConverter<T> converter) where T : struct => throw null!;
                public static ReplyConverter<T?> NullableRef<T>(ReplyConverter<T> converter) where T : class => throw null!;
                public static ReplyConverter<T[]> Array<T>(ReplyConverter<T> element) => throw null!;
                public static ReplyConverter<List<T>> List<T>(ReplyConverter<T> element) => throw null!;
                public static ReplyConverter<HashSet<T>> HashSet<T>(ReplyConverter<T> element) => throw null!;
                public static ReplyConverter<Dictionary<string, T>> StringDictionary<T>(ReplyConverter<T> value) => throw null!;
                public static ReplyConverter<Dictionary<TKey, TValue>> Dictionary<TKey, TValue>(ReplyConverter<TKey> key, ReplyConverter<TValue> value) where TKey : notnull => throw null!;
                public static ReplyConverter<Task<T>> Task<T>(ReplyConverter<T> result) => throw null!;
                public static ReplyConverter<IAsyncEnumerable<T>> AsyncEnumerable<T>(ReplyConverter<T> element) => throw null!;
                public static ReplyConverter<ValueTask<T>> ValueTask<T>(ReplyConverter<T> result) => throw null!;
                public static ReplyConverter<TTarget> As<TSource, TTarget>(ReplyConverter<TSource> converter) where TSource : TTarget => throw null!;
                public static ReplyConverter<TValue> JsValueOf<TValue>() where TValue : JsValue => throw null!;
                public static ReplyConverter<T> Json<T>() => throw null!;
            }
        }
        """;

    public static CSharpCompilation AddMissing(CSharpCompilation compilation)
    {
        if (compilation.GetTypeByMetadataName("UseServer.ServerFunctionAttribute") is null)
        {
            compilation = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText(Attribute, GeneratorHarness.ParseOptions, path: "Shim.Attribute.cs"));
        }

        if (compilation.GetTypeByMetadataName("UseServer.Flight.Binding.ReplyConverters") is null)
        {
            compilation = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText(Converters, GeneratorHarness.ParseOptions, path: "Shim.Converters.cs"));
        }

        return compilation;
    }
}
