namespace UseServer.Flight.Binding;

public static partial class ReplyConverters
{
    /// <summary><see cref="System.Threading.Tasks.Task"/> from a resolved promise, whatever its value.</summary>
    public static ReplyConverter<Task> CompletedTask => CompletedTaskConverter.Instance;

    /// <summary><see cref="System.Threading.Tasks.ValueTask"/> from a resolved promise, whatever its value.</summary>
    public static ReplyConverter<ValueTask> CompletedValueTask => CompletedValueTaskConverter.Instance;

    /// <summary><c>T?</c> for a value type: <c>null</c> and <c>undefined</c> give <see langword="null"/>.</summary>
    /// <param name="value">The converter for present values.</param>
    public static ReplyConverter<T?> Nullable<T>(ReplyConverter<T> value)
        where T : struct => new NullableValueConverter<T>(value);

    /// <summary><c>T?</c> for a reference type: <c>null</c> and <c>undefined</c> give <see langword="null"/>. Use only where the C# type is annotated nullable.</summary>
    /// <param name="value">The converter for present values.</param>
    public static ReplyConverter<T?> NullableRef<T>(ReplyConverter<T> value)
        where T : class => new NullableRefConverter<T>(value);

    /// <summary>Presents <paramref name="converter"/> as producing <typeparamref name="TTarget"/>, such as <c>List&lt;T&gt;</c> as <c>IReadOnlyList&lt;T&gt;</c>.</summary>
    /// <param name="converter">The converter for the concrete type.</param>
    public static ReplyConverter<TTarget> As<TSource, TTarget>(ReplyConverter<TSource> converter)
        where TSource : TTarget => new CastConverter<TSource, TTarget>(converter);

    /// <summary><c>T[]</c> from an array, <c>Set</c> or drained iterator.</summary>
    /// <param name="item">The converter for each item.</param>
    public static ReplyConverter<T[]> Array<T>(ReplyConverter<T> item) => new ArrayConverter<T>(item);

    /// <summary><see cref="List{T}"/> (wrap with <see cref="As{TSource, TTarget}"/> for its interfaces) from an array, <c>Set</c> or drained iterator.</summary>
    /// <param name="item">The converter for each item.</param>
    public static ReplyConverter<List<T>> List<T>(ReplyConverter<T> item) => new ListConverter<T>(item);

    /// <summary><see cref="HashSet{T}"/> from a <c>Set</c>, array or drained iterator; equal items collapse.</summary>
    /// <param name="item">The converter for each item.</param>
    public static ReplyConverter<HashSet<T>> HashSet<T>(ReplyConverter<T> item) => new HashSetConverter<T>(item);

    /// <summary><see cref="Dictionary{TKey, TValue}"/> from a <c>Map</c> or a plain object (keys as strings); two entries with the same key fail.</summary>
    /// <param name="key">The converter for keys (never null).</param>
    /// <param name="value">The converter for values.</param>
    public static ReplyConverter<Dictionary<TKey, TValue>> Dictionary<TKey, TValue>(ReplyConverter<TKey> key, ReplyConverter<TValue> value)
        where TKey : notnull => new DictionaryConverter<TKey, TValue>(key, value);

    /// <summary><c>Dictionary&lt;string, TValue&gt;</c> from a plain object or a <c>Map</c> with string keys.</summary>
    /// <param name="value">The converter for values.</param>
    public static ReplyConverter<Dictionary<string, TValue>> StringDictionary<TValue>(ReplyConverter<TValue> value) =>
        new DictionaryConverter<string, TValue>(StringConverter.Instance, value);

    /// <summary><see cref="Task{TResult}"/>, already completed, from a resolved promise (<c>$@</c>).</summary>
    /// <param name="result">The converter for the promise's value.</param>
    public static ReplyConverter<Task<T>> Task<T>(ReplyConverter<T> result) => new TaskConverter<T>(result);

    /// <summary><see cref="ValueTask{TResult}"/>, already completed, from a resolved promise.</summary>
    /// <param name="result">The converter for the promise's value.</param>
    public static ReplyConverter<ValueTask<T>> ValueTask<T>(ReplyConverter<T> result) => new ValueTaskConverter<T>(result);

    /// <summary><see cref="IAsyncEnumerable{T}"/> from an uploaded stream or async iterable, an iterator, array or <c>Set</c>; items are converted before the call.</summary>
    /// <param name="item">The converter for each item.</param>
    public static ReplyConverter<IAsyncEnumerable<T>> AsyncEnumerable<T>(ReplyConverter<T> item) => new AsyncEnumerableConverter<T>(item);
}
