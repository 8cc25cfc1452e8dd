using UseServer.Flight.Values;

namespace UseServer.Flight.Binding;

public static partial class ReplyConverters
{
    /// <summary>A <see cref="Values.JsValue"/> parameter: the decoded value as it is, <see cref="JsNull"/> and <see cref="JsUndefined"/> included.</summary>
    public static ReplyConverter<JsValue> JsValue => JsValueConverter.Instance;

    /// <summary>
    /// An <see cref="object"/> parameter: the decoded <see cref="Values.JsValue"/>; <c>null</c> and <c>undefined</c> fail
    /// (wrap in <see cref="NullableRef{T}"/> for <c>object?</c>).
    /// </summary>
    public static ReplyConverter<object> Object => ObjectConverter.Instance;

    /// <summary><see cref="T:byte[]"/> (a copy) from an <c>ArrayBuffer</c>, any typed array or <c>DataView</c> (the view's bytes), or a <c>Blob</c>.</summary>
    public static ReplyConverter<byte[]> ByteArray => ByteArrayConverter.Instance;

    /// <summary><see cref="ReadOnlyMemory{T}"/> of bytes, without copying, from the values <see cref="ByteArray"/> takes.</summary>
    public static ReplyConverter<ReadOnlyMemory<byte>> ReadOnlyMemoryOfByte => ReadOnlyMemoryConverter.Instance;

    /// <summary>A read-only, seekable <see cref="System.IO.Stream"/> over a <c>Blob</c>, binary value, or byte <c>ReadableStream</c>.</summary>
    public static ReplyConverter<Stream> Stream => StreamConverter.Instance;

    /// <summary>A <see cref="JsBlob"/> from a <c>Blob</c> or <c>File</c>.</summary>
    public static ReplyConverter<JsBlob> Blob { get; } = new JsValueOfConverter<JsBlob>("a Blob or File");

    /// <summary>A <see cref="JsFormData"/> from a <c>FormData</c>.</summary>
    public static ReplyConverter<JsFormData> FormData { get; } = new JsValueOfConverter<JsFormData>("a FormData");

    /// <summary>One kind of the value model as it is, such as <see cref="JsObject"/>, <see cref="JsMap"/> or <see cref="JsServerReference"/>.</summary>
    /// <typeparam name="TValue">The <see cref="Values.JsValue"/> subclass the parameter takes.</typeparam>
    public static ReplyConverter<TValue> JsValueOf<TValue>()
        where TValue : JsValue => new JsValueOfConverter<TValue>("a " + typeof(TValue).Name);

    /// <summary>An enum from the exact, case-sensitive name of a member; numbers and numeric strings fail.</summary>
    /// <typeparam name="TEnum">The enum type.</typeparam>
    public static ReplyConverter<TEnum> Enum<TEnum>()
        where TEnum : struct, Enum => EnumConverter<TEnum>.Instance;

    /// <summary>
    /// A record, class or struct through System.Text.Json metadata from <see cref="ReplyBindingContext.JsonOptions"/>
    /// (a source-generated <c>JsonSerializerContext</c> keeps this AOT-safe). Constructor parameters, init and
    /// settable properties, <c>required</c> members and the options' naming policy apply as for JSON.
    /// </summary>
    /// <typeparam name="T">The record, class or struct.</typeparam>
    public static ReplyConverter<T> Json<T>() => JsonObjectConverter<T>.Instance;
}
