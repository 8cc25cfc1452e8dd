using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Runtime.CompilerServices;
using UseServer.Flight.Values;

namespace UseServer.Flight.Writing;

/// <summary>
/// Tasks, value tasks and async sequences of any result type, reached as <see cref="object"/>. There is no
/// non-generic way to read a <c>Task&lt;T&gt;</c>'s result, so one small generic adapter per <c>T</c> is
/// created once and cached: common types are compiled in (NativeAOT-safe); others are made with
/// <c>MakeGenericMethod</c> where dynamic code is available, and refused clearly where it is not.
/// <c>IAsyncEnumerable&lt;T&gt;</c> of any reference type needs no adapter (it is covariant).
/// </summary>
internal static class FlightAwaitables
{
    private static readonly ConcurrentDictionary<Type, Adapter> s_adapters = new();

    /// <summary>A task for <paramref name="value"/> when it is a <see cref="Task"/>, a <see cref="ValueTask"/> or a <see cref="ValueTask{TResult}"/>.</summary>
    public static bool TryGetTask(object value, [NotNullWhen(true)] out Task? task)
    {
        switch (value)
        {
            case Task t: task = t; return true;
            case ValueTask vt: task = vt.AsTask(); return true;
        }

        Type type = value.GetType();
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ValueTask<>))
        {
            task = AdapterFor(type.GetGenericArguments()[0]).AsTask(value);
            return true;
        }

        task = null;
        return false;
    }

    /// <summary>The result of a task that completed successfully (<c>undefined</c> for a plain <see cref="Task"/>).</summary>
    public static object? GetResult(Task task)
    {
        Type? resultType = ResultType(task.GetType());
        return resultType is null ? JsValue.Undefined : AdapterFor(resultType).Result(task);
    }

    /// <summary>Why a task failed: its single exception, or the cancellation.</summary>
    public static Exception GetError(Task task) =>
        task.Exception is { } aggregate
            ? aggregate.InnerExceptions.Count == 1 ? aggregate.InnerExceptions[0] : aggregate
            : new TaskCanceledException(task);

    /// <summary>An <c>IAsyncEnumerable&lt;object?&gt;</c> view of <paramref name="value"/> when it is an async sequence.</summary>
    public static bool TryGetAsyncEnumerable(object value, [NotNullWhen(true)] out IAsyncEnumerable<object?>? items)
    {
        items = value as IAsyncEnumerable<object?>; // every reference-type T, through covariance
        if (items is null && FlightTypeShape.AsyncEnumerableItemType(value.GetType()) is { } itemType)
        {
            items = AdapterFor(itemType).AsyncEnumerable(value);
        }

        return items is not null;
    }

    private static Type? ResultType(Type taskType)
    {
        for (Type? t = taskType; t is not null && t != typeof(Task); t = t.BaseType)
        {
            if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(Task<>))
            {
                Type result = t.GetGenericArguments()[0];
                return result.FullName == "System.Threading.Tasks.VoidTaskResult" ? null : result; // an async Task method's box
            }
        }

        return null;
    }

    private static Adapter AdapterFor(Type type) => s_adapters.GetOrAdd(type, Create);

    private static Adapter Create(Type type)
    {
        // Compiled in, so they work under NativeAOT.
        if (type == typeof(object)) return new Adapter<object?>();
        if (type == typeof(string)) return new Adapter<string?>();
        if (type == typeof(int)) return new Adapter<int>();
        if (type == typeof(long)) return new Adapter<long>();
        if (type == typeof(double)) return new Adapter<double>();
        if (type == typeof(bool)) return new Adapter<bool>();
        if (type == typeof(decimal)) return new Adapter<decimal>();
        if (type == typeof(Guid)) return new Adapter<Guid>();
        if (type == typeof(DateTime)) return new Adapter<DateTime>();
        if (type == typeof(DateTimeOffset)) return new Adapter<DateTimeOffset>();
        if (type == typeof(JsValue)) return new Adapter<JsValue>();

        if (RuntimeFeature.IsDynamicCodeSupported)
        {
            return CreateDynamic(type);
        }

        return new Unsupported(type);
    }

    [UnconditionalSuppressMessage("Trimming", "IL2060", Justification = "Adapter<T> has no members reached by reflection; only its constructor runs.")]
    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "Only called when RuntimeFeature.IsDynamicCodeSupported.")]
    private static Adapter CreateDynamic(Type type) =>
        (Adapter)typeof(FlightAwaitables).GetMethod(nameof(CreateAdapter), BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(type).Invoke(null, null)!;

    private static Adapter CreateAdapter<T>() => new Adapter<T>();

    private abstract class Adapter
    {
        public abstract object? Result(Task task);

        public abstract Task AsTask(object valueTask);

        public abstract IAsyncEnumerable<object?> AsyncEnumerable(object sequence);
    }

    private sealed class Adapter<T> : Adapter
    {
        public override object? Result(Task task) => ((Task<T>)task).Result;

        public override Task AsTask(object valueTask) => ((ValueTask<T>)valueTask).AsTask();

        public override IAsyncEnumerable<object?> AsyncEnumerable(object sequence) => Box((IAsyncEnumerable<T>)sequence);

        private static async IAsyncEnumerable<object?> Box(IAsyncEnumerable<T> items, [EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            await foreach (T item in items.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                yield return item;
            }
        }
    }

    private sealed class Unsupported(Type type) : Adapter
    {
        public override object? Result(Task task) => throw Refuse();

        public override Task AsTask(object valueTask) => throw Refuse();

        public override IAsyncEnumerable<object?> AsyncEnumerable(object sequence) => throw Refuse();

        private FlightSerializationException Refuse() => new(
            $"A Task, ValueTask or IAsyncEnumerable of {type} nested in a result needs dynamic code; under NativeAOT use object, a primitive or a class type.");
    }
}
