using System.Text.Json;
using UseServer.Flight.Binding;
using UseServer.Flight.Reply;
using UseServer.Flight.Values;

namespace UseServer.Flight.Tests.Binding;

/// <summary>Records and classes, run with the factory and the resolver, each with generated and reflection metadata.</summary>
public abstract class RecordSuite : ConverterSuite
{
    protected abstract JsonSerializerOptions Options { get; }

    private ReplyBindingContext JsonContext => new(new ReplyLimits(), Options);

    private static JsObject Ada(JsValue? tags = null) => Js.Obj(
        ("name", Js.Str("Ada")),
        ("age", Js.Num(36)),
        ("home", Js.Obj(("street", Js.Str("1 Loop")), ("city", Js.Str("London")))),
        ("tags", tags ?? Js.Arr(Js.Str("math"))));

    [Fact]
    public void Constructor_records_bind_with_nested_records()
    {
        var p = Bind(C(ReplyConverters.Json<Person>()), Ada(), JsonContext);
        Assert.Equal(new Address("1 Loop", "London"), p.Home);
        Assert.Equal("Ada", p.Name);
        Assert.Equal(36, p.Age);
        Assert.Equal(["math"], p.Tags);
    }

    [Fact]
    public void Nullable_members_take_null_and_undefined_is_left_out()
    {
        var value = Js.Obj(("name", Js.Str("B")), ("age", Js.Num(1)), ("home", Js.Null), ("tags", Js.Set(Js.Str("x"))), ("extra", Js.Undefined));
        var p = Bind(C(ReplyConverters.Json<Person>()), value, JsonContext);
        Assert.Null(p.Home);
        Assert.Equal(["x"], p.Tags);
    }

    [Fact]
    public void Null_for_a_non_nullable_member_fails()
    {
        var value = Js.Obj(("name", Js.Null), ("age", Js.Num(1)), ("home", Js.Null), ("tags", Js.Arr()));
        Assert.Equal(".name", Fails(C(ReplyConverters.Json<Person>()), value, JsonContext).Path);
    }

    [Fact]
    public void Missing_constructor_parameter_fails()
    {
        var value = Js.Obj(("name", Js.Str("B")), ("home", Js.Null), ("tags", Js.Arr()));
        Assert.Contains("age", Fails(C(ReplyConverters.Json<Person>()), value, JsonContext).Message);
    }

    [Fact]
    public void Wrong_member_type_fails_with_its_path()
    {
        Assert.Equal(".tags[1]", Fails(C(ReplyConverters.Json<Person>()), Ada(Js.Arr(Js.Str("a"), Js.Num(3))), JsonContext).Path);
        var fraction = Js.Obj(("name", Js.Str("B")), ("age", Js.Num(1.5)), ("home", Js.Null), ("tags", Js.Arr()));
        Assert.Equal(".age", Fails(C(ReplyConverters.Json<Person>()), fraction, JsonContext).Path);
    }

    [Fact]
    public void Settable_property_classes_bind_dates_bigints_bytes_and_maps()
    {
        var value = Js.Obj(
            ("size", Js.Num(3)),
            ("counts", Js.Map((Js.Str("a"), Js.Num(1)))),
            ("names", Js.Map((Js.Num(7), Js.Str("seven")))),
            ("when", Js.Date("2024-05-01T10:20:30.456Z")),
            ("data", Js.Bytes(JsTypedArrayKind.Uint8Array, 1, 2, 255)),
            ("weights", new JsTypedArray(JsTypedArrayKind.Float32Array, BitConverter.GetBytes(1.5f))),
            ("big", Js.Big(long.MaxValue)),
            ("ratio", Js.Num(-0.0)),
            ("unique", Js.Set(Js.Num(4))));
        var s = Bind(C(ReplyConverters.Json<Settings>()), value, JsonContext);
        Assert.Equal("light", s.Theme);
        Assert.Equal(3, s.Size);
        Assert.Equal(1, s.Counts!["a"]);
        Assert.Equal("seven", s.Names![7]);
        Assert.Equal(new DateTime(2024, 5, 1, 10, 20, 30, 456, DateTimeKind.Utc), s.When);
        Assert.Equal(DateTimeKind.Utc, s.When!.Value.Kind);
        Assert.Equal([1, 2, 255], s.Data);
        Assert.Equal([1.5f], s.Weights!);
        Assert.Equal(long.MaxValue, s.Big);
        Assert.True(double.IsNegative(s.Ratio));
        Assert.Equal([4], s.Unique);
    }

    [Fact]
    public void Required_property_missing_fails()
    {
        Assert.Contains("size", Fails(C(ReplyConverters.Json<Settings>()), Js.Obj(("theme", Js.Str("dark"))), JsonContext).Message);
    }

    [Fact]
    public void Named_literals_follow_the_options_and_out_of_range_fails()
    {
        // Web defaults read numbers from strings, which includes the named literals NaN and ±Infinity.
        var nan = Bind(C(ReplyConverters.Json<Settings>()), Js.Obj(("size", Js.Num(1)), ("ratio", Js.Num(double.NegativeInfinity))), JsonContext);
        Assert.Equal(double.NegativeInfinity, nan.Ratio);
        var strict = new ReplyBindingContext(new ReplyLimits(), new JsonSerializerOptions(Options) { NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.Strict });
        Assert.Equal(".ratio", Fails(C(ReplyConverters.Json<Settings>()), Js.Obj(("size", Js.Num(1)), ("ratio", Js.Num(double.NaN))), strict).Path);
        Fails(C(ReplyConverters.Json<Settings>()), Js.Obj(("size", Js.Big(long.MaxValue))), JsonContext);
        Fails(C(ReplyConverters.Json<Settings>()), Js.Obj(("size", Js.Num(1)), ("when", new JsDate(8.64e15))), JsonContext);
    }

    [Fact]
    public void Map_keys_that_collide_as_names_fail()
    {
        var value = Js.Obj(("size", Js.Num(1)), ("names", Js.Map((Js.Num(1), Js.Str("a")), (Js.Str("1"), Js.Str("b")))));
        Assert.Equal(".names[1]", Fails(C(ReplyConverters.Json<Settings>()), value, JsonContext).Path);
    }

    [Fact]
    public void Values_without_a_json_form_fail_with_their_path()
    {
        var value = Js.Obj(("size", Js.Num(1)), ("data", new JsBlob(new byte[] { 1 }, "")));
        var e = Fails(C(ReplyConverters.Json<Settings>()), value, JsonContext);
        Assert.Equal(".data", e.Path);
        Assert.Contains("Blob", e.Message);
    }

    [Fact]
    public void Record_structs_bind_and_nullable_structs_take_null()
    {
        Assert.Equal(new Point(1, 2), Bind(C(ReplyConverters.Json<Point>()), Js.Obj(("x", Js.Num(1)), ("y", Js.Num(2))), JsonContext));
        Assert.Null(Bind(C(ReplyConverters.Nullable(ReplyConverters.Json<Point>())), Js.Null, JsonContext));
    }

    [Fact]
    public void Null_record_fails_unless_nullable()
    {
        Fails(C(ReplyConverters.Json<Person>()), Js.Null, JsonContext);
        Assert.Null(Bind(C(ReplyConverters.NullableRef(ReplyConverters.Json<Person>()), "maybePerson"), Js.Undefined, JsonContext));
        Fails(C(ReplyConverters.Json<Person>()), Js.Arr(), JsonContext);
    }

    [Fact]
    public void Records_inside_collections_report_the_full_path()
    {
        var c = C(ReplyConverters.List(ReplyConverters.Json<Person>()));
        var e = Fails(c, Js.Arr(Ada(), Ada(Js.Arr(Js.Str("ok"), Js.Bool(true)))), JsonContext);
        Assert.Equal("[1].tags[1]", e.Path);
    }

    [Fact]
    public void Shared_references_bind_but_cycles_fail()
    {
        var leaf = new TreeNode("leaf", []);
        var shared = Js.Obj(("label", Js.Str("leaf")), ("children", Js.Arr()));
        var tree = Bind(C(ReplyConverters.Json<TreeNode>()), Js.Obj(("label", Js.Str("root")), ("children", Js.Arr(shared, shared))), JsonContext);
        Assert.Equal([leaf, leaf], tree.Children, (a, b) => a.Label == b.Label && a.Children.Count == b.Children.Count);

        var children = new JsArray([]);
        var root = Js.Obj(("label", Js.Str("root")), ("children", children));
        var loop = new JsArray([root]);
        var cyclic = Js.Obj(("label", Js.Str("x")), ("children", loop));
        children.Add(cyclic);
        var e = Fails(C(ReplyConverters.Json<TreeNode>()), root, JsonContext);
        Assert.Contains("contains itself", e.Message);
        Assert.Equal(".children[0].children[0]", e.Path);
    }

    [Fact]
    public void Shared_references_cannot_expand_past_the_budget()
    {
        // Each level holds the previous one twice: 40 levels would write 2^40 nodes.
        JsValue level = Js.Obj(("label", Js.Str("leaf")), ("children", Js.Arr()));
        for (int i = 0; i < 40; i++)
        {
            level = Js.Obj(("label", Js.Str("n")), ("children", Js.Arr(level, level)));
        }

        Assert.Contains("limits", Fails(C(ReplyConverters.Json<TreeNode>()), level, JsonContext).Message);
    }

    [Fact]
    public void Deep_nesting_fails_at_the_depth_limit()
    {
        JsValue level = Js.Obj(("label", Js.Str("leaf")), ("children", Js.Arr()));
        for (int i = 0; i < 300; i++)
        {
            level = Js.Obj(("label", Js.Str("n")), ("children", Js.Arr(level)));
        }

        Fails(C(ReplyConverters.Json<TreeNode>()), level, JsonContext);
    }

    [Fact]
    public void Lone_surrogates_fail_as_invalid_arguments()
    {
        var value = Js.Obj(("name", Js.Str("\uD800")), ("age", Js.Num(1)), ("home", Js.Null), ("tags", Js.Arr()));
        Assert.Equal(".name", Fails(C(ReplyConverters.Json<Person>()), value, JsonContext).Path);
    }

    [Fact]
    public void Missing_json_options_is_a_configuration_error()
    {
        var noJson = new ReplyBindingContext(new ReplyLimits(), null);
        Assert.Throws<InvalidOperationException>(() => C(ReplyConverters.Json<Person>()).Convert(Ada(), noJson));
    }
}

public sealed class RecordFactoryGeneratedMetadataTests : RecordSuite
{
    protected override bool UseResolver => false;

    protected override JsonSerializerOptions Options => BindingJson.GeneratedOptions;
}

public sealed class RecordFactoryReflectionMetadataTests : RecordSuite
{
    protected override bool UseResolver => false;

    protected override JsonSerializerOptions Options => BindingJson.ReflectionOptions;
}

public sealed class RecordResolverGeneratedMetadataTests : RecordSuite
{
    protected override bool UseResolver => true;

    protected override JsonSerializerOptions Options => BindingJson.GeneratedOptions;
}

public sealed class RecordResolverReflectionMetadataTests : RecordSuite
{
    protected override bool UseResolver => true;

    protected override JsonSerializerOptions Options => BindingJson.ReflectionOptions;
}
