using UseServer.Flight.Binding;
using UseServer.Flight.Values;

namespace UseServer.Flight.Tests.Binding;

public abstract class CollectionSuite : ConverterSuite
{
    [Fact]
    public void Arrays_bind_each_item()
    {
        var c = C(ReplyConverters.Array(ReplyConverters.Int32));
        Assert.Equal([1, 2, 3], Bind(c, Js.Arr(Js.Num(1), Js.Num(2), Js.Num(3))));
        Assert.Empty(Bind(c, Js.Arr()));
        Assert.Equal([4, 5], Bind(c, Js.Set(Js.Num(4), Js.Num(5))));
        Assert.Equal([6], Bind(c, new JsIterator([Js.Num(6)])));
        Fails(c, Js.Obj());
        Fails(c, Js.Str("1,2"));
    }

    [Fact]
    public void Typed_arrays_bind_element_by_element()
    {
        var ints = new JsTypedArray(JsTypedArrayKind.Int32Array, [.. BitConverter.GetBytes(-5), .. BitConverter.GetBytes(7)]);
        Assert.Equal([-5, 7], Bind(C(ReplyConverters.Array(ReplyConverters.Int32)), ints));
        var bigs = new JsTypedArray(JsTypedArrayKind.BigUint64Array, BitConverter.GetBytes(ulong.MaxValue));
        Assert.Equal([ulong.MaxValue], Bind(C(ReplyConverters.List(ReplyConverters.UInt64)), bigs));
        Assert.Equal([200], Bind(C(ReplyConverters.List(ReplyConverters.Byte)), Js.Bytes(JsTypedArrayKind.Uint8ClampedArray, 200)));
        Assert.Equal("[0]", Fails(C(ReplyConverters.Array(ReplyConverters.SByte)), Js.Bytes(JsTypedArrayKind.Uint8Array, 200)).Path);
        Fails(C(ReplyConverters.Array(ReplyConverters.Int32)), Js.Bytes(JsTypedArrayKind.ArrayBuffer, 1));
        Fails(C(ReplyConverters.Array(ReplyConverters.Int32)), Js.Bytes(JsTypedArrayKind.DataView, 1));
    }

    [Fact]
    public void Failures_name_the_item()
    {
        var c = C(ReplyConverters.Array(ReplyConverters.Array(ReplyConverters.Int32)));
        var e = Fails(c, Js.Arr(Js.Arr(Js.Num(1)), Js.Arr(Js.Num(2), Js.Num(2.5))));
        Assert.Equal("[1][1]", e.Path);
    }

    [Fact]
    public void Holes_are_undefined_and_fail_for_non_nullable_items()
    {
        var c = C(ReplyConverters.Array(ReplyConverters.Int32));
        Assert.Equal("[1]", Fails(c, Js.Arr(Js.Num(1), Js.Undefined)).Path);
    }

    [Fact]
    public void Nullable_items_take_null()
    {
        var c = C(ReplyConverters.List(ReplyConverters.NullableRef(ReplyConverters.String)), "listOfNullableStrings");
        Assert.Equal(["a", null], Bind(c, Js.Arr(Js.Str("a"), Js.Null)));
        var a = C(ReplyConverters.Array(ReplyConverters.NullableRef(ReplyConverters.String)), "arrayOfNullableStrings");
        Assert.Equal(new string?[] { null, "b" }, Bind(a, Js.Arr(Js.Undefined, Js.Str("b"))));
    }

    [Fact]
    public void Lists_and_their_interfaces()
    {
        var items = Js.Arr(Js.Str("x"), Js.Str("y"));
        Assert.Equal(["x", "y"], Bind(C(ReplyConverters.List(ReplyConverters.String)), items));
        Assert.Equal(["x", "y"], Bind(C(ReplyConverters.As<List<string>, IReadOnlyList<string>>(ReplyConverters.List(ReplyConverters.String))), items));
        Assert.Equal(["x", "y"], Bind(C(ReplyConverters.As<List<string>, IEnumerable<string>>(ReplyConverters.List(ReplyConverters.String))), items));
        Assert.Equal(["x", "y"], Bind(C(ReplyConverters.As<List<string>, IList<string>>(ReplyConverters.List(ReplyConverters.String))), items));
        Assert.Equal(["x", "y"], Bind(C(ReplyConverters.As<List<string>, ICollection<string>>(ReplyConverters.List(ReplyConverters.String))), items));
        Assert.Equal(2, Bind(C(ReplyConverters.As<List<string>, IReadOnlyCollection<string>>(ReplyConverters.List(ReplyConverters.String))), items).Count);
        Assert.Equal("[0]", Fails(C(ReplyConverters.List(ReplyConverters.String)), Js.Arr(Js.Num(1))).Path);
    }

    [Fact]
    public void Hash_sets_from_sets_and_arrays()
    {
        var c = C(ReplyConverters.HashSet(ReplyConverters.String));
        Assert.Equal(["a", "b"], Bind(c, Js.Set(Js.Str("a"), Js.Str("b"))).Order());
        Assert.Equal(["a"], Bind(c, Js.Arr(Js.Str("a"), Js.Str("a"))));
        Assert.Single(Bind(C(ReplyConverters.As<HashSet<string>, IReadOnlySet<string>>(ReplyConverters.HashSet(ReplyConverters.String))), Js.Set(Js.Str("q"))));
        Assert.Single(Bind(C(ReplyConverters.As<HashSet<string>, ISet<string>>(ReplyConverters.HashSet(ReplyConverters.String))), Js.Set(Js.Str("q"))));
        Fails(c, Js.Map());
    }

    [Fact]
    public void Map_with_number_keys_binds_to_a_dictionary()
    {
        var c = C(ReplyConverters.Dictionary(ReplyConverters.Int32, ReplyConverters.String));
        var d = Bind(c, Js.Map((Js.Num(1), Js.Str("one")), (Js.Num(2), Js.Str("two"))));
        Assert.Equal("one", d[1]);
        Assert.Equal("two", d[2]);
        Fails(c, Js.Obj(("1", Js.Str("one"))));
        Fails(c, Js.Arr());
    }

    [Fact]
    public void Duplicate_and_bad_map_entries_fail_with_their_position()
    {
        var c = C(ReplyConverters.Dictionary(ReplyConverters.Int32, ReplyConverters.String));
        Assert.Equal("[1]", Fails(c, Js.Map((Js.Num(1), Js.Str("a")), (Js.Big(1), Js.Str("b")))).Path);
        Assert.Equal("[0]", Fails(c, Js.Map((Js.Num(1.5), Js.Str("a")))).Path);
        Assert.Equal("[0]", Fails(c, Js.Map((Js.Num(1), Js.Num(2)))).Path);
        Assert.Equal("[0]", Fails(c, Js.Map((Js.Null, Js.Str("a")))).Path);
    }

    [Fact]
    public void String_dictionaries_from_objects_and_string_keyed_maps()
    {
        var c = C(ReplyConverters.StringDictionary(ReplyConverters.Int32));
        var d = Bind(c, Js.Obj(("a", Js.Num(1)), ("__proto__", Js.Num(2))));
        Assert.Equal(1, d["a"]);
        Assert.Equal(2, d["__proto__"]);
        Assert.Equal(3, Bind(c, Js.Map((Js.Str("k"), Js.Num(3))))["k"]);
        Assert.Equal(".b", Fails(c, Js.Obj(("a", Js.Num(1)), ("b", Js.Str("2")))).Path);
        Assert.Equal("[\"a b\"]", Fails(c, Js.Obj(("a b", Js.Null))).Path);
        Fails(c, Js.Map((Js.Num(1), Js.Num(3))));
    }

    [Fact]
    public void Dictionary_interfaces_and_nullable_values()
    {
        var c = C(ReplyConverters.As<Dictionary<string, int?>, IReadOnlyDictionary<string, int?>>(
            ReplyConverters.StringDictionary(ReplyConverters.Nullable(ReplyConverters.Int32))));
        var d = Bind(c, Js.Obj(("a", Js.Null), ("b", Js.Num(2))));
        Assert.Null(d["a"]);
        Assert.Equal(2, d["b"]);
        var e = C(ReplyConverters.As<Dictionary<string, int>, IDictionary<string, int>>(ReplyConverters.StringDictionary(ReplyConverters.Int32)));
        Assert.Equal(5, Bind(e, Js.Obj(("x", Js.Num(5))))["x"]);
    }

    [Fact]
    public void Enum_keys_bind_from_object_keys()
    {
        var c = C(ReplyConverters.Dictionary(ReplyConverters.Enum<ScalarSuite.Color>(), ReplyConverters.Boolean));
        var d = Bind(c, Js.Obj(("Red", Js.Bool(true)), ("Blue", Js.Bool(false))));
        Assert.True(d[ScalarSuite.Color.Red]);
        Assert.Equal(".Pink", Fails(c, Js.Obj(("Pink", Js.Bool(true)))).Path);
    }

    [Fact]
    public void A_nested_failure_names_its_path_inside_the_argument()
    {
        // The host binds each argument through ConvertBoxed (ArgumentBinder), which keeps a converter's path as it is.
        var c = C(ReplyConverters.StringDictionary(ReplyConverters.List(ReplyConverters.Int32)));
        var e = Assert.Throws<global::UseServer.Flight.Reply.ReplyDecodeException>(() => c.ConvertBoxed(Js.Obj(("items", Js.Arr(Js.Num(1), Js.Num(1), Js.Num(1), Js.Str("3")))), Context));
        Assert.Equal(".items[3]", e.Path);
    }
}

public sealed class CollectionFactoryTests : CollectionSuite
{
    protected override bool UseResolver => false;
}

public sealed class CollectionResolverTests : CollectionSuite
{
    protected override bool UseResolver => true;
}
