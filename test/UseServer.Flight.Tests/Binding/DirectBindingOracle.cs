using System.Diagnostics;
using System.Globalization;
using System.Numerics;
using System.Text.Json;
using UseServer.Flight.Binding;
using UseServer.Flight.Reply;
using UseServer.Flight.Values;

namespace UseServer.Flight.Tests.Binding;

/// <summary>
/// The rule binding straight from tokens must keep: when it binds, the value-model path (decode, then convert) binds
/// the same values; when the value-model path fails, it does not bind (the host then runs the value-model path, which
/// reports the failure as before).
/// </summary>
internal static class DirectBindingOracle
{
    private static readonly JsonSerializerOptions CanonOptions = new(BindingJson.ReflectionOptions)
    {
        NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals,
        RespectNullableAnnotations = false, // lenient metadata binds nulls into non-nullable members: still comparable
    };

    /// <summary>A converter for each kind of parameter the fast path takes or declines.</summary>
    public static readonly (string Name, ReplyConverter Converter)[] Converters =
    [
        ("double", ReplyConverters.Double),
        ("int", ReplyConverters.Int32),
        ("long", ReplyConverters.Int64),
        ("string", ReplyConverters.String),
        ("bool", ReplyConverters.Boolean),
        ("DateTime", ReplyConverters.DateTime),
        ("decimal", ReplyConverters.Decimal),
        ("BigInteger", ReplyConverters.BigInteger),
        ("int?", ReplyConverters.Nullable(ReplyConverters.Int32)),
        ("string?", ReplyConverters.NullableRef(ReplyConverters.String)),
        ("List<string>", ReplyConverters.List(ReplyConverters.String)),
        ("List<string?>", ReplyConverters.List(ReplyConverters.NullableRef(ReplyConverters.String))),
        ("IReadOnlyList<string>", ReplyConverters.As<List<string>, IReadOnlyList<string>>(ReplyConverters.List(ReplyConverters.String))),
        ("int[]", ReplyConverters.Array(ReplyConverters.Int32)),
        ("HashSet<int>", ReplyConverters.HashSet(ReplyConverters.Int32)),
        ("Dictionary<string,int>", ReplyConverters.StringDictionary(ReplyConverters.Int32)),
        ("Person", ReplyConverters.Json<Person>()),
        ("Person?", ReplyConverters.NullableRef(ReplyConverters.Json<Person>())),
        ("List<Person>", ReplyConverters.List(ReplyConverters.Json<Person>())),
        ("Settings", ReplyConverters.Json<Settings>()),
        ("TreeNode", ReplyConverters.Json<TreeNode>()),
        ("Point", ReplyConverters.Json<Point>()),
        ("Stamp", ReplyConverters.Json<Stamp>()),
        ("object?", ReplyConverters.NullableRef(ReplyConverters.Object)),
        ("JsValue", ReplyConverters.JsValue),
    ];

    /// <summary>
    /// Checks the rule for <paramref name="payload"/> with <paramref name="converters"/>, under the strict generated metadata
    /// and under lenient reflection metadata (missing constructor parameters default, nulls allowed); returns whether the
    /// fast path bound it under the generated metadata.
    /// </summary>
    public static bool Check(ReplyPayload payload, ReplyConverter[] converters, ReplyLimits limits, string what)
    {
        _ = Check(payload, converters, new ReplyBindingContext(limits, BindingJson.LenientOptions), what + " (lenient)");
        return Check(payload, converters, new ReplyBindingContext(limits, BindingJson.GeneratedOptions), what);
    }

    private static bool Check(ReplyPayload payload, ReplyConverter[] converters, ReplyBindingContext context, string what)
    {
        var limits = context.Limits;
        object?[] direct = new object?[converters.Length];
        bool bound = DirectArgumentReader.TryRead(payload, converters, 0, context, Stopwatch.GetTimestamp(), default, direct, out int count);

        object?[]? expected = null;
        try
        {
            if (ReplyDecoder.Decode(payload, limits) is JsArray args && args.Count <= converters.Length)
            {
                expected = new object?[args.Count];
                for (int i = 0; i < args.Count; i++)
                {
                    expected[i] = converters[i].ConvertBoxed(args[i], context);
                }
            }
        }
#pragma warning disable CA1031 // any failure of the value-model path counts as one
        catch (Exception)
#pragma warning restore CA1031
        {
            expected = null;
        }

        if (bound)
        {
            Assert.True(expected is not null, $"{what}: bound straight from tokens, but the value-model path refuses it");
            Assert.Equal(expected!.Length, count);
            for (int i = 0; i < count; i++)
            {
                Assert.True(Canon(expected[i]) == Canon(direct[i]), $"{what}: argument {i} is {Canon(direct[i])} straight from tokens, {Canon(expected[i])} through the value model");
            }
        }

        return bound;
    }

    /// <summary>A comparable text of a bound value: JSON for CLR values, kind and text for value-model scalars.</summary>
    public static string Canon(object? value) => value switch
    {
        null => "null",
        JsNumber n => "number:" + n.Value.ToString("R", CultureInfo.InvariantCulture) + (double.IsNegative(n.Value) ? "(neg)" : ""),
        JsValue v => v.Kind + ":" + v,
        BigInteger b => "bigint:" + b.ToString(CultureInfo.InvariantCulture),
        double d => "double:" + d.ToString("R", CultureInfo.InvariantCulture) + (double.IsNegative(d) ? "(neg)" : ""),
        DateTime t => "DateTime:" + t.ToString("O", CultureInfo.InvariantCulture) + t.Kind,
        _ => value.GetType().Name + ":" + JsonSerializer.Serialize(value, value.GetType(), CanonOptions),
    };
}
