using UseServer.Flight.Binding;
using UseServer.Flight.Values;

namespace UseServer.Flight.Tests.Binding;

public abstract class ValueModelSuite : ConverterSuite
{
    [Fact]
    public void Nullable_value_types_take_null_and_undefined()
    {
        var c = C(ReplyConverters.Nullable(ReplyConverters.Int32));
        Assert.Null(Bind(c, Js.Null));
        Assert.Null(Bind(c, Js.Undefined));
        Assert.Equal(3, Bind(c, Js.Num(3)));
        Fails(c, Js.Num(3.5));
        Fails(c, Js.Str("3"));
    }

    [Fact]
    public void Non_nullable_references_refuse_null()
    {
        Fails(C(ReplyConverters.String), Js.Null);
        Fails(C(ReplyConverters.ByteArray), Js.Undefined);
        Fails(C(ReplyConverters.List(ReplyConverters.Int32)), Js.Null);
    }

    [Fact]
    public void Nullable_references_take_null_and_undefined()
    {
        var c = C(ReplyConverters.NullableRef(ReplyConverters.String), nullable: true);
        Assert.Null(Bind(c, Js.Null));
        Assert.Null(Bind(c, Js.Undefined));
        Assert.Equal("x", Bind(c, Js.Str("x")));
        Fails(c, Js.Num(1));
    }

    [Fact]
    public void Object_receives_the_value_model_but_not_null()
    {
        var c = C(ReplyConverters.Object);
        var obj = Js.Obj(("a", Js.Num(1)));
        Assert.Same(obj, Bind(c, obj));
        Assert.IsType<JsNumber>(Bind(c, Js.Num(2)));
        Fails(c, Js.Null);
        Fails(c, Js.Undefined);
    }

    [Fact]
    public void Nullable_object_receives_the_value_model_with_null_and_undefined()
    {
        // What the generator emits for object?: an echo keeps undefined apart from null.
        var c = C(ReplyConverters.As<JsValue, object>(ReplyConverters.JsValue), nullable: true);
        Assert.Same(JsValue.Null, Bind(c, Js.Null));
        Assert.Same(JsValue.Undefined, Bind(c, Js.Undefined));
        Assert.IsType<JsString>(Bind(c, Js.Str("s")));
    }

    [Fact]
    public void JsValue_receives_everything_as_it_is()
    {
        var c = C(ReplyConverters.JsValue);
        Assert.Same(JsValue.Null, Bind(c, Js.Null));
        Assert.Same(JsValue.Undefined, Bind(c, Js.Undefined));
        var map = Js.Map((Js.Num(1), Js.Str("a")));
        Assert.Same(map, Bind(c, map));
    }

    [Fact]
    public void A_model_kind_binds_only_that_kind()
    {
        var c = C(ReplyConverters.JsValueOf<JsMap>());
        var map = Js.Map();
        Assert.Same(map, Bind(c, map));
        Fails(c, Js.Obj());
        Fails(c, Js.Null);
    }

    [Fact]
    public void Blob_and_file_bind_to_JsBlob()
    {
        var c = C(ReplyConverters.Blob);
        var file = new JsBlob(new byte[] { 1, 2 }, "text/plain", "a.txt");
        Assert.Same(file, Bind(c, file));
        Assert.Contains("a Blob or File", Fails(c, Js.Bytes(JsTypedArrayKind.Uint8Array, 1)).Message);
        Fails(c, Js.Null);
    }

    [Fact]
    public void FormData_binds_to_JsFormData()
    {
        var c = C(ReplyConverters.FormData);
        var form = new JsFormData([new("title", Js.Str("hi"))]);
        Assert.Equal("hi", Bind(c, form).GetString("title"));
        Fails(c, Js.Obj(("title", Js.Str("hi"))));
    }
}

public sealed class ValueModelFactoryTests : ValueModelSuite
{
    protected override bool UseResolver => false;
}

public sealed class ValueModelResolverTests : ValueModelSuite
{
    protected override bool UseResolver => true;
}
