using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using UseServer.Flight.Reply;
using UseServer.Flight.Values;

namespace UseServer.Flight.Binding;

/// <summary>
/// A record, class or struct bound with System.Text.Json metadata from <see cref="ReplyBindingContext.JsonOptions"/>:
/// constructor parameters, settable and init properties, <c>required</c> members, nullability (when the
/// options respect it), naming policies and custom converters all behave as they do for JSON. The value is
/// written as JSON by <see cref="JsValueJsonWriter"/> and read back with the type's <see cref="JsonTypeInfo{T}"/>,
/// which a source-generated <c>JsonSerializerContext</c> provides without reflection.
/// </summary>
internal sealed class JsonObjectConverter<T> : ReplyConverter<T>
{
    // The metadata of the last options seen: contexts are created once per host, so this almost always hits.
    // A class, so that publishing it is one atomic reference write.
    private Metadata? _cache;

    public static readonly JsonObjectConverter<T> Instance = new();

    public override T Convert(JsValue value, ReplyBindingContext context)
    {
        if (value is JsNull or JsUndefined)
        {
            throw BindingErrors.Null($"a {typeof(T).Name}");
        }

        var info = TypeInfo(context);
        var buffer = new ArrayBufferWriter<byte>(256);
        JsValueJsonWriter.Write(value, buffer, context.Limits);
        try
        {
            return JsonSerializer.Deserialize(buffer.WrittenSpan, info) ?? throw BindingErrors.Null($"a {typeof(T).Name}");
        }
        catch (JsonException e)
        {
            // System.Text.Json paths start at "$": "$.items[3]" becomes ".items[3]".
            string? path = e.Path is ['$', .. var rest] ? rest : e.Path;
            throw new ReplyDecodeException(ReplyErrorCode.InvalidArguments, $"The value does not fit {typeof(T).Name}: {e.Message}", e) { Path = path };
        }
    }

    internal override bool TryRead(ref Utf8JsonReader reader, DirectArgumentReader direct, out T value)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return base.TryRead(ref reader, direct, out value);
        }

        value = default!;
        Metadata metadata = MetadataOf(direct.Context);
        if (metadata.Binder is { } binder)
        {
            // Straight from the tokens into the members; deeper than System.Text.Json reads is its error, not a value.
            direct.BeginObjectArgument();
            if (!direct.TryReadContainer(ref reader, binder, out object? bound) || direct.DeepestContainer > metadata.MaxDepth || bound is not T typed)
            {
                return false;
            }

            value = typed;
            return true;
        }

        if (!direct.TryWriteJson(ref reader, out ReadOnlySpan<byte> json) || JsonSerializer.Deserialize(json, metadata.Info) is not { } result)
        {
            return false;
        }

        value = result;
        return true;
    }

    private JsonTypeInfo<T> TypeInfo(ReplyBindingContext context) => MetadataOf(context).Info;

    private Metadata MetadataOf(ReplyBindingContext context)
    {
        var options = context.JsonOptions ?? throw new InvalidOperationException(
            $"Binding {typeof(T)} needs JSON metadata: set ReplyBindingContext.JsonOptions (for AOT, to options whose TypeInfoResolver is a JsonSerializerContext that includes {typeof(T).Name}).");
        if (_cache is { } cached && ReferenceEquals(cached.Options, options))
        {
            return cached;
        }

        var info = (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
        var metadata = new Metadata(options, info, ObjectBinders.TryCreate(info), ObjectBinders.MaxDepth(options));
        _cache = metadata;
        return metadata;
    }

    /// <summary>The options' metadata for <typeparamref name="T"/>, and its binder from tokens when it has one.</summary>
    private sealed record Metadata(JsonSerializerOptions Options, JsonTypeInfo<T> Info, ObjectBinder? Binder, int MaxDepth);
}
