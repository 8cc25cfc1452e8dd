using UseServer.Flight.Binding;
using UseServer.Flight.Values;

namespace UseServer.Flight.Tests.Binding;

public abstract class AsyncSuite : ConverterSuite
{
    [Fact]
    public async Task Task_of_T_is_completed_with_the_converted_value()
    {
        var c = C(ReplyConverters.Task(ReplyConverters.Int32));
        var task = Bind(c, Js.Promise(Js.Num(5)));
        Assert.True(task.IsCompletedSuccessfully);
        Assert.Equal(5, await task);
    }

    [Fact]
    public void Task_of_T_fails_before_the_call_when_the_value_does_not_fit()
    {
        Fails(C(ReplyConverters.Task(ReplyConverters.Int32)), Js.Promise(Js.Str("5")));
        Fails(C(ReplyConverters.Task(ReplyConverters.Int32)), Js.Num(5));
    }

    [Fact]
    public async Task Nullable_item_inside_a_promise()
    {
        var c = C(ReplyConverters.Task(ReplyConverters.NullableRef(ReplyConverters.String)), "promiseOfNullable");
        Assert.Null(await Bind(c, Js.Promise(Js.Undefined)));
    }

    [Fact]
    public async Task Plain_tasks_complete_for_any_promise()
    {
        Assert.True(Bind(C(ReplyConverters.CompletedTask), Js.Promise(Js.Str("ignored"))).IsCompletedSuccessfully);
        await Bind(C(ReplyConverters.CompletedValueTask), Js.Promise(Js.Undefined));
        Fails(C(ReplyConverters.CompletedTask), Js.Undefined);
        Fails(C(ReplyConverters.CompletedValueTask), Js.Null);
    }

    [Fact]
    public async Task ValueTask_of_T_is_completed()
    {
        var task = Bind(C(ReplyConverters.ValueTask(ReplyConverters.String)), Js.Promise(Js.Str("v")));
        Assert.True(task.IsCompletedSuccessfully);
        Assert.Equal("v", await task);
    }

    public static TheoryData<string> Sources => new("stream", "asyncIterator", "iterator", "array", "set");

    [Theory]
    [MemberData(nameof(Sources))]
    public async Task Async_enumerable_yields_converted_items(string source)
    {
        JsValue[] items = [Js.Num(1), Js.Num(2), Js.Num(3)];
        JsValue value = source switch
        {
            "stream" => new JsStream(JsStreamKind.ReadableStream, items, null),
            "asyncIterator" => new JsStream(JsStreamKind.AsyncIterator, items, Js.Str("done")),
            "iterator" => new JsIterator(items),
            "array" => Js.Arr(items),
            _ => Js.Set(items),
        };
        var result = new List<int>();
        await foreach (int i in Bind(C(ReplyConverters.AsyncEnumerable(ReplyConverters.Int32)), value))
        {
            result.Add(i);
        }

        Assert.Equal([1, 2, 3], result);
    }

    [Fact]
    public void Async_enumerable_checks_every_item_up_front()
    {
        var stream = new JsStream(JsStreamKind.AsyncIterable, [Js.Num(1), Js.Str("x")], null);
        Assert.Equal("[1]", Fails(C(ReplyConverters.AsyncEnumerable(ReplyConverters.Int32)), stream).Path);
        Fails(C(ReplyConverters.AsyncEnumerable(ReplyConverters.Int32)), Js.Promise(Js.Arr()));
    }
}

public sealed class AsyncFactoryTests : AsyncSuite
{
    protected override bool UseResolver => false;
}

public sealed class AsyncResolverTests : AsyncSuite
{
    protected override bool UseResolver => true;
}
