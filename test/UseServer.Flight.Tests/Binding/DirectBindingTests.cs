using System.Diagnostics;
using System.Text;
using System.Text.Json;
using UseServer.Flight.Binding;
using UseServer.Flight.Reply;
using UseServer.Flight.Tests.Reply;

namespace UseServer.Flight.Tests.Binding;

/// <summary>
/// Binding straight from tokens (issue #13) against the value-model path, on every conformance vector, hand-written
/// edge cases and tight limits (<see cref="DirectBindingOracle"/>), plus the shapes that must take the fast path.
/// </summary>
public class DirectBindingTests
{
    private static readonly ReplyLimits Tight = new() { MaxDepth = 3, MaxExpansion = 24, MaxStringLength = 5, MaxReferences = 2, MaxReferenceChainDepth = 2, MaxBigIntDigits = 3 };

    public static TheoryData<string, string, bool> Vectors()
    {
        var data = new TheoryData<string, string, bool>();
        foreach (object[] row in ReplyVectorTests.Vectors())
        {
            data.Add((string)row[0], (string)row[1], false);
            data.Add((string)row[0], (string)row[1], true);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Vectors))]
    public void Conformance_vector_binds_as_the_value_model_binds_it(string file, string name, bool wrapped)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine("Fixtures", file)));
        var encoded = doc.RootElement.GetProperty("vectors").EnumerateArray().First(v => v.GetProperty("name").GetString() == name).GetProperty("encoded");
        var payload = ReplyVectorTests.BuildPayload(encoded);
        if (wrapped)
        {
            payload = WrapRoot(payload);
        }

        CheckEveryConverter(payload, name);
    }

    public static TheoryData<string> EdgeBodies() =>
    [
        "[1,2]", "[1.0]", "[1e400]", "[-0]", "[\"$-0\"]", "[12345678901234567890]", "[0.1000000000000000055511151231257827]",
        "[\"$n123\"]", "[\"$n0123\"]", "[\"$n-0\"]", "[\"$D2024-01-01T00:00:00.000Z\"]", "[\"$D2024-01-01\"]", "[\"$NaN\"]", "[\"$Infinity\"]",
        "[\"$undefined\"]", "[\"$H\"]", "[null]", "[true]", "[\"$$x\"]", "[\"$\"]", "[\"$u\"]", "[\"\\u0024D2024-01-01T00:00:00.000Z\"]",
        "[\"\\ud800\"]", "[\"abcdefgh\"]", "[\"\\u00e9t\\u00e9\"]", "[[\"a\",\"b\"]]", "[[\"a\",\"$undefined\",null]]", "[[1,2,2]]", "[[]]",
        "[{\"name\":\"Ada\",\"age\":36,\"home\":null,\"tags\":[\"x\"]}]",
        "[{\"name\":\"Ada\",\"age\":36,\"home\":null,\"tags\":[\"x\"],\"name\":\"Bob\"}]",
        "[{\"name\":\"Ada\",\"age\":\"$undefined\",\"age\":3,\"home\":null,\"tags\":[]}]",
        "[{\"name\":\"Ada\",\"age\":3,\"age\":\"$undefined\",\"home\":null,\"tags\":[]}]",
        "[{\"__proto__\":{\"x\":1},\"name\":\"Ada\",\"age\":36,\"home\":null,\"tags\":[]}]",
        "[{\"name\":\"A\\ud800\",\"age\":36,\"home\":null,\"tags\":[]}]",
        "[{\"na\\u006de\":\"Ada\",\"age\":36.0,\"home\":{\"street\":\"$$1\",\"city\":\"L\"},\"tags\":[\"$$t\"]}]",
        "[{\"name\":\"Ada\",\"age\":36,\"home\":null,\"tags\":\"$0\"}]",
        "[{\"name\":\"Ada\",\"age\":36,\"home\":null,\"tags\":[]},{\"name\":\"Ada\",\"age\":36,\"home\":null,\"tags\":[]}]",
        "[{\"a\":1,\"b\":2,\"c\":3,\"d\":4,\"e\":5,\"f\":6,\"g\":7,\"h\":8,\"i\":9,\"j\":10,\"k\":11,\"l\":12,\"m\":13,\"n\":14,\"a\":15}]",
        "[{\"a\":1,\"b\":2,\"c\":3,\"d\":4,\"e\":5,\"f\":6,\"g\":7,\"h\":8,\"i\":9,\"j\":10,\"k\":11,\"l\":12,\"m\":13,\"n\":14}]",
        "[{\"label\":\"r\",\"children\":[{\"label\":\"a\",\"children\":[{\"label\":\"b\",\"children\":[]}]}]}]",
        "[{\"size\":1,\"big\":\"$n9007199254740993\",\"ratio\":\"$NaN\",\"when\":\"$D2024-05-01T10:00:00.000Z\"}]",
        "[{\"size\":1,\"ratio\":\"$-Infinity\",\"when\":\"$undefined\"}]",
        "[{\"Name\":\"Ada\",\"AGE\":36,\"home\":null,\"tags\":[]}]",
        "[{\"Name\":\"Ada\",\"name\":\"Bob\",\"age\":36,\"home\":null,\"tags\":[]}]",
        "[{\"name\":\"Ada\"}]", "[{\"name\":null,\"age\":null,\"home\":null,\"tags\":null}]", "[{}]",
        "[{\"name\":\"Ada\",\"age\":36,\"home\":null,\"tags\":[],\"x\":{\"y\":[1,{\"z\":\"$undefined\"}]},\"w\":\"$n5\"}]",
        "[{\"name\":\"Ada\",\"age\":36,\"home\":null,\"tags\":[],\"x\":{\"y\":1,\"y\":2}}]",
        "[{\"name\":\"Ada\",\"age\":1e15,\"home\":{\"street\":5,\"city\":\"L\"},\"tags\":[null,\"$undefined\"]}]",
        "[{\"name\":\"Ada\",\"age\":-0,\"home\":{\"street\":\"$D2024-01-01T00:00:00.000Z\",\"city\":\"L\"},\"tags\":[\"$n1\"]}]",
        "[{\"name\":\"Ada\",\"age\":\"$n2147483648\",\"home\":null,\"tags\":[]}]", "[{\"name\":\"Ada\",\"age\":\"$n-12\",\"home\":null,\"tags\":[]}]",
        "[{\"size\":2,\"when\":\"$D-000001-01-01T00:00:00.000Z\",\"ratio\":1e-7,\"big\":9007199254740993}]",
        "[{\"x\":3,\"y\":\"4\"}]", "[{\"x\":3,\"y\":4}]", "[{\"x\":null,\"y\":4}]",
        "[{\"tags\":[],\"home\":null,\"age\":36,\"name\":\"Ada\"}]", "[{\"name\":\"Ada\",\"nam\":1,\"names\":2,\"age\":36,\"home\":null,\"tags\":[]}]",
        "[{\"name\":\"Ada\",\"age\":36,\"home\":null,\"tags\":[],\"n\u00e4me\":1,\"\":2}]", "[{\"name\":\"Ada\",\"name\":\"Ada\",\"age\":36,\"home\":null,\"tags\":[]}]",
        "[{\"NAME\":\"Ada\",\"age\":36,\"home\":null,\"tags\":[],\"name\":\"Bob\"}]", "[{\"label\":\"r\",\"children\":[],\"children\":[]}]",
        "[\"$D+275760-09-13T00:00:00.000Z\"]", "[\"$D+275760-09-13T00:00:00.001Z\"]", "[\"$D0000-01-01T00:00:00.000Z\"]", "[\"$D1970-01-01T00:00:00.000Z\"]",
        "[\"$D2024-02-30T00:00:00.000Z\"]", "[\"$D2024-01-01T00:00:00.000Z \"]", "[\"$D+002024-01-01T00:00:00.000Z\"]", "[\"$D\"]", "[\"$$\"]", "[\"$$abc\"]", "[\"$$abcd\"]", "[\"$$\u00e9\"]",
        "[{\"size\":1,\"when\":\"$D+275760-09-13T00:00:00.000Z\"}]", "[{\"size\":1,\"when\":\"$D1969-12-31T23:59:59.999Z\"}]", "[{\"size\":1,\"when\":\"$D10000-01-01T00:00:00.000Z\"}]",
        "[{\"size\":1,\"when\":\"$Dx\"}]", "[{\"size\":1,\"theme\":\"$$dark\"}]", "[{\"name\":\"$$\",\"age\":1,\"home\":null,\"tags\":[\"$$\u00e9\",\"$$$\",\"$$ab\"]}]",
        "[{\"size\":\"$n12\",\"big\":\"$n-0\"}]", "[{\"size\":\"$n123\",\"big\":\"$n01\"}]", "[{\"size\":\"$n1234\",\"big\":\"$n999999999999999999\"}]",
        "[{\"size\":\"$n-2147483648\",\"big\":\"$n-999999999999999999\"}]", "[{\"size\":\"$n2147483648\",\"big\":\"$n1000000000000000000\"}]",
        "[{\"size\":\"$n0\",\"big\":\"$n-9223372036854775808\"}]", "[{\"size\":\"$n\",\"big\":\"$n-\"}]", "[{\"size\":\"$n1x\"}]",
        "[{\"at\":\"$D2024-05-01T10:00:00.000Z\",\"maybe\":null,\"big\":\"$n-42\",\"small\":\"$n7\",\"label\":\"$$x\"}]",
        "[{\"at\":\"$D+275760-09-13T00:00:00.000Z\",\"maybe\":\"$D0001-01-01T00:00:00.000Z\",\"big\":\"$n999999999999999999\",\"small\":\"$n2147483647\",\"label\":\"$$\"}]",
        "[{\"at\":\"$D9999-12-31T23:59:59.999Z\",\"maybe\":\"$D1969-12-31T23:59:59.999Z\",\"big\":\"$n-0\",\"small\":\"$n-2147483649\",\"label\":\"$$\\u00e9\"}]",
        "[{\"at\":\"$D2024-05-01T10:00:00.000Z\",\"maybe\":\"$undefined\",\"big\":\"$n1000000000000000000\",\"small\":\"$n\",\"label\":\"$$abcdefgh\"}]",
        "[{\"at\":\"\\u0024D2024-05-01T10:00:00.000Z\",\"maybe\":null,\"big\":\"\\u0024n1\",\"small\":1,\"label\":\"\\u0024\\u0024x\"}]",
        "[{\"at\":\"$D2024-05-01T10:00:00.000Z\",\"maybe\":\"2024-05-01T10:00:00.000Z\",\"big\":1,\"small\":1,\"label\":\"$D2024-05-01T10:00:00.000Z\"}]",
        "[91.3]", "[0.5772811982315034]", "[9007199254740993]", "[-0.0]", "[{\"x\":-0.0,\"y\":1.5}]", "[{\"x\":2147483648,\"y\":-2147483648}]",
        "[1,2] ", "[1,2]x", "[1,2][3]", "{\"a\":1}", "\"x\"", "[", "[1,]",
    ];

    [Theory]
    [MemberData(nameof(EdgeBodies))]
    public void Edge_body_binds_as_the_value_model_binds_it(string body) =>
        CheckEveryConverter(ReplyTestPayloads.Text(body), body);

    public static TheoryData<string> InitializerCases() =>
    [
        "set", "set-dup", "set-objects", "map", "map-dup", "map-number-key", "map-undefined", "map-not-pair", "reused", "bytes", "bytes-twice", "bytes-missing", "int16", "iterator",
    ];

    [Theory]
    [MemberData(nameof(InitializerCases))]
    public void Initializer_part_binds_as_the_value_model_binds_it(string name)
    {
        var file = new TestFile("blob", "application/octet-stream", [1, 2, 3, 4]);
        var (root, parts) = name switch
        {
            "set" => ("{\"name\":\"A\",\"age\":1,\"home\":null,\"tags\":\"$W1\"}", new (string, object)[] { ("1", "[\"x\",\"y\"]") }),
            "set-dup" => ("{\"name\":\"A\",\"age\":1,\"home\":null,\"tags\":\"$W1\"}", [("1", "[\"x\",\"x\"]")]),
            "set-objects" => ("{\"label\":\"r\",\"children\":\"$W1\"}", [("1", "[{\"label\":\"a\",\"children\":[]},{\"label\":\"a\",\"children\":[]}]")]),
            "map" => ("{\"size\":1,\"counts\":\"$Q1\"}", [("1", "[[\"a\",1],[\"b\",2]]")]),
            "map-dup" => ("{\"size\":1,\"counts\":\"$Q1\"}", [("1", "[[\"a\",1],[\"a\",2]]")]),
            "map-number-key" => ("{\"size\":1,\"names\":\"$Q1\"}", [("1", "[[1,\"a\"],[2,\"b\"]]")]),
            "map-undefined" => ("{\"size\":1,\"counts\":\"$Q1\"}", [("1", "[[\"a\",\"$undefined\"],[\"b\",2]]")]),
            "map-not-pair" => ("{\"size\":1,\"counts\":\"$Q1\"}", [("1", "[[\"a\",1,2]]")]),
            "reused" => ("{\"size\":1,\"counts\":\"$Q1\",\"unique\":\"$W1\"}", [("1", "[[\"a\",1]]")]),
            "bytes" => ("{\"size\":1,\"data\":\"$o1\"}", [("1", (object)file)]),
            "bytes-twice" => ("{\"size\":1,\"data\":\"$o1\",\"x\":\"$A1\"}", [("1", (object)file)]),
            "bytes-missing" => ("{\"size\":1,\"data\":\"$o2\"}", [("1", (object)file)]),
            "int16" => ("{\"size\":1,\"weights\":\"$S1\"}", [("1", (object)file)]),
            _ => ("{\"size\":1,\"unique\":\"$i1\"}", [("1", "[3,3,4]")]),
        };
        CheckEveryConverter(ReplyTestPayloads.Parts([.. parts, ("0", "[" + root + "]")]), name);
    }

    [Fact]
    public void Typical_arguments_take_the_fast_path()
    {
        var limits = new ReplyLimits();
        Assert.True(DirectBindingOracle.Check(ReplyTestPayloads.Text("[1,2]"), [ReplyConverters.Double, ReplyConverters.Double], limits, "numbers"));
        Assert.True(DirectBindingOracle.Check(ReplyTestPayloads.Text("[\"t\",\"$D2024-01-01T00:00:00.000Z\",\"$n12\",null]"),
            [ReplyConverters.String, ReplyConverters.DateTime, ReplyConverters.Int64, ReplyConverters.Nullable(ReplyConverters.Int32)], limits, "scalars"));
        Assert.True(DirectBindingOracle.Check(ReplyTestPayloads.Parts(("1", "[\"x\",\"y\"]"), ("0", "[[{\"name\":\"A\",\"age\":1,\"home\":{\"street\":\"s\",\"city\":\"c\"},\"tags\":\"$W1\",\"extra\":\"$undefined\"}]]")),
            [ReplyConverters.List(ReplyConverters.Json<Person>())], limits, "records with a Set"));
        Assert.True(DirectBindingOracle.Check(ReplyTestPayloads.Parts(("1", "[[\"a\",1]]"), ("2", new TestFile("blob", "application/octet-stream", [9])), ("0", "[{\"size\":1,\"counts\":\"$Q1\",\"data\":\"$o2\",\"big\":\"$n7\",\"when\":\"$D2024-01-01T00:00:00.000Z\"}]")),
            [ReplyConverters.Json<Settings>()], limits, "a class with a Map and bytes"));
    }

    [Fact]
    public void Tagged_scalars_in_record_members_take_the_fast_path()
    {
        Assert.NotNull(ObjectBinders.TryCreate(BindingJson.GeneratedOptions.GetTypeInfo(typeof(Stamp))));
        var payload = ReplyTestPayloads.Text("[{\"at\":\"$D2024-05-01T10:00:00.000Z\",\"maybe\":\"$D1969-12-31T23:59:59.999Z\",\"big\":\"$n-999999999999999999\",\"small\":\"$n7\",\"label\":\"$$x\"}]");
        Assert.True(DirectBindingOracle.Check(payload, [ReplyConverters.Json<Stamp>()], new ReplyLimits(), "a stamp"));
        var context = new ReplyBindingContext(ReplyLimits.Default, BindingJson.GeneratedOptions);
        object?[] values = new object?[1];
        Assert.True(DirectArgumentReader.TryRead(payload, [ReplyConverters.Json<Stamp>()], 1, context, Stopwatch.GetTimestamp(), default, values, out _));
        Assert.Equal(new Stamp(new DateTime(2024, 5, 1, 10, 0, 0, DateTimeKind.Utc), new DateTime(1969, 12, 31, 23, 59, 59, 999, DateTimeKind.Utc), -999999999999999999, 7, "$x"), values[0]);
    }

    [Fact]
    public void What_the_value_model_refuses_or_needs_is_declined()
    {
        var limits = new ReplyLimits();
        Assert.False(DirectBindingOracle.Check(ReplyTestPayloads.Text("[{\"name\":\"A\",\"name\":\"B\",\"age\":1,\"home\":null,\"tags\":[]}]"), [ReplyConverters.Json<Person>()], limits, "a repeated key"));
        Assert.False(DirectBindingOracle.Check(ReplyTestPayloads.Text("[\"x\"]"), [ReplyConverters.Int32], limits, "a mismatch"));
        Assert.False(DirectBindingOracle.Check(ReplyTestPayloads.Text("[1,2]"), [ReplyConverters.Int32], limits, "too many arguments"));
        Assert.False(DirectBindingOracle.Check(ReplyTestPayloads.Text("[{\"a\":1}]"), [ReplyConverters.NullableRef(ReplyConverters.Object)], limits, "an object-typed parameter"));
        Assert.False(DirectBindingOracle.Check(ReplyTestPayloads.Text("[[1,[2]]]"), [ReplyConverters.List(ReplyConverters.Int32)], Tight, "a limit"));
    }

    [Fact]
    public void Records_get_a_binder_from_their_metadata_unless_a_member_needs_System_Text_Json()
    {
        foreach (var options in new[] { BindingJson.GeneratedOptions, BindingJson.ReflectionOptions })
        {
            Assert.NotNull(ObjectBinders.TryCreate(options.GetTypeInfo(typeof(Person))));
            Assert.NotNull(ObjectBinders.TryCreate(options.GetTypeInfo(typeof(TreeNode))));
        }

        Assert.NotNull(ObjectBinders.TryCreate(BindingJson.ReflectionOptions.GetTypeInfo(typeof(Point))));
        Assert.Null(ObjectBinders.TryCreate(BindingJson.ReflectionOptions.GetTypeInfo(typeof(WithConverter))));
        Assert.Null(ObjectBinders.TryCreate(BindingJson.ReflectionOptions.GetTypeInfo(typeof(Settings)))); // a float[] member
    }

    [Fact]
    public void A_type_with_more_members_than_the_binder_tracks_keeps_System_Text_Json()
    {
        Assert.Equal(64, ObjectBinder.MaxMembers);
        Assert.NotNull(ObjectBinders.TryCreate(BindingJson.ReflectionOptions.GetTypeInfo(typeof(Wide64))));
        Assert.Null(ObjectBinders.TryCreate(BindingJson.ReflectionOptions.GetTypeInfo(typeof(Wide65))));

        // Up to the limit the binder reads the tokens; one member more, the direct path rewrites the JSON for System.Text.Json.
        var context = new ReplyBindingContext(ReplyLimits.Default, BindingJson.ReflectionOptions);
        object?[] values = new object?[1];
        Assert.True(DirectArgumentReader.TryRead(ReplyTestPayloads.Text("[{\"P0\":1,\"P63\":2}]"), [ReplyConverters.Json<Wide64>()], 1, context, Stopwatch.GetTimestamp(), default, values, out _));
        Assert.Equal((1, 2), (((Wide64)values[0]!).P0, ((Wide64)values[0]!).P63));
        Assert.True(DirectArgumentReader.TryRead(ReplyTestPayloads.Text("[{\"P0\":1,\"P64\":2}]"), [ReplyConverters.Json<Wide65>()], 1, context, Stopwatch.GetTimestamp(), default, values, out _));
        Assert.Equal((1, 2), (((Wide65)values[0]!).P0, ((Wide65)values[0]!).P64));
    }

    [Fact]
    public void Members_bound_before_a_nested_object_grows_the_slots_keep_their_values()
    {
        // The holder's slots are taken first; each Wide64 inside needs 64 more, so the call's slots grow under the holder.
        var context = new ReplyBindingContext(ReplyLimits.Default, BindingJson.ReflectionOptions);
        string wide = "{" + string.Join(",", Enumerable.Range(0, 64).Select(i => $"\"P{i}\":{i}")) + "}";
        object?[] values = new object?[2];
        Assert.True(DirectArgumentReader.TryRead(ReplyTestPayloads.Text($"[{{\"name\":\"h\",\"items\":[{wide},{wide}],\"count\":7}},{{\"name\":\"i\",\"items\":[],\"count\":8}}]"),
            [ReplyConverters.Json<WideHolder>(), ReplyConverters.Json<WideHolder>()], 2, context, Stopwatch.GetTimestamp(), default, values, out _));
        var holder = (WideHolder)values[0]!;
        Assert.Equal(("h", 7, 2, 63), (holder.Name, holder.Count, holder.Items.Count, holder.Items[1].P63));
        Assert.Equal(("i", 8, 0), (((WideHolder)values[1]!).Name, ((WideHolder)values[1]!).Count, ((WideHolder)values[1]!).Items.Count));
    }

    internal static void CheckEveryConverter(ReplyPayload payload, string what)
    {
        foreach (var (name, converter) in DirectBindingOracle.Converters)
        {
            foreach (var limits in new[] { new ReplyLimits(), Tight })
            {
                DirectBindingOracle.Check(payload, [converter], limits, $"{what} as {name}");
                DirectBindingOracle.Check(payload, [converter, converter], limits, $"{what} as {name}, {name}");
            }
        }
    }

    private static ReplyPayload WrapRoot(ReplyPayload payload)
    {
        var builder = new ReplyPayload.Builder(ReplyTestPayloads.BuilderLimits);
        foreach (var part in payload.Entries)
        {
            if (part.IsFile)
            {
                builder.AddFile(part.Name, part.FileName, part.ContentType, part.Data);
            }
            else if (part.Name == "0")
            {
                builder.AddField("0", Encoding.UTF8.GetBytes("[" + Encoding.UTF8.GetString(part.Data.Span) + "]"));
            }
            else
            {
                builder.AddField(part.Name, part.Data);
            }
        }

        return builder.Build();
    }
}
