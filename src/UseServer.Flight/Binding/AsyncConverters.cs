using UseServer.Flight.Values;

namespace UseServer.Flight.Binding;

// A promise argument arrives already resolved (nothing is awaited while decoding), so
// these converters bind its value eagerly and hand the method a completed task. A bad value is then a
// 400 before the method runs, not an exception inside it. Only a promise binds to a task: a plain value
// where the stub says Promise<T> means the client was not built from the stub.

/// <summary><see cref="Task{TResult}"/> from a resolved promise.</summary>
internal sealed class TaskConverter<T>(ReplyConverter<T> result) : ReplyConverter<Task<T>>
{
    public override Task<T> Convert(JsValue value, ReplyBindingContext context) =>
        Task.FromResult(Promises.Resolve(result, value, context));
}

/// <summary><see cref="ValueTask{TResult}"/> from a resolved promise.</summary>
internal sealed class ValueTaskConverter<T>(ReplyConverter<T> result) : ReplyConverter<ValueTask<T>>
{
    public override ValueTask<T> Convert(JsValue value, ReplyBindingContext context) =>
        ValueTask.FromResult(Promises.Resolve(result, value, context));
}

/// <summary><see cref="Task"/> from a resolved promise, whatever its value.</summary>
internal sealed class CompletedTaskConverter : ReplyConverter<Task>
{
    public static readonly CompletedTaskConverter Instance = new();

    public override Task Convert(JsValue value, ReplyBindingContext context) =>
        value is JsPromise ? Task.CompletedTask : throw BindingErrors.Mismatch("a Promise", value);
}

/// <summary><see cref="ValueTask"/> from a resolved promise, whatever its value.</summary>
internal sealed class CompletedValueTaskConverter : ReplyConverter<ValueTask>
{
    public static readonly CompletedValueTaskConverter Instance = new();

    public override ValueTask Convert(JsValue value, ReplyBindingContext context) =>
        value is JsPromise ? ValueTask.CompletedTask : throw BindingErrors.Mismatch("a Promise", value);
}

/// <summary>
/// <see cref="IAsyncEnumerable{T}"/> from an uploaded stream or async iterable, a drained iterator, an array
/// or a <c>Set</c>. Every item is converted before the method runs; enumeration then only yields them.
/// </summary>
internal sealed class AsyncEnumerableConverter<T>(ReplyConverter<T> item) : ReplyConverter<IAsyncEnumerable<T>>
{
    public override IAsyncEnumerable<T> Convert(JsValue value, ReplyBindingContext context)
    {
        var items = value is JsStream s ? s.Items : Sequence.Items(value);
        var result = new T[items.Count];
        for (int i = 0; i < result.Length; i++)
        {
            result[i] = Sequence.ConvertAt(item, items[i], context, i);
        }

        return result.ToAsyncEnumerable();
    }
}

internal static class Promises
{
    public static T Resolve<T>(ReplyConverter<T> converter, JsValue value, ReplyBindingContext context) => value is JsPromise p
        ? converter.Convert(p.Value, context)
        : throw BindingErrors.Mismatch("a Promise", value);
}
