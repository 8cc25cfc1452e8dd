using System.Globalization;
using UseServer.Flight.Reply;
using UseServer.Flight.Values;

namespace UseServer.Flight.Binding;

/// <summary>
/// Builds binding failures (always <see cref="ReplyErrorCode.InvalidArguments"/>, a 400) and their paths.
/// Paths are built only on failure: a container converter catches its child's exception and prepends its
/// own segment, so the success path costs one try block per item and no strings.
/// </summary>
internal static class BindingErrors
{
    public static ReplyDecodeException Invalid(string message) => new(ReplyErrorCode.InvalidArguments, message);

    public static ReplyDecodeException Invalid(string message, Exception inner) => new(ReplyErrorCode.InvalidArguments, message, inner);

    /// <summary>The value has the wrong JavaScript type. The value itself is not echoed: messages can reach developers' clients.</summary>
    public static ReplyDecodeException Mismatch(string expected, JsValue actual) =>
        Invalid($"Expected {expected}, got {Describe(actual)}.");

    public static ReplyDecodeException Null(string expected) => Invalid($"Expected {expected}, got null or undefined.");

    public static string Describe(JsValue value) => value.Kind switch
    {
        JsValueKind.Undefined => "undefined",
        JsValueKind.Null => "null",
        JsValueKind.Boolean => "a boolean",
        JsValueKind.Number => "a number",
        JsValueKind.String => "a string",
        JsValueKind.BigInt => "a bigint",
        JsValueKind.Date => "a Date",
        JsValueKind.Array => "an array",
        JsValueKind.Object => "an object",
        JsValueKind.Map => "a Map",
        JsValueKind.Set => "a Set",
        JsValueKind.TypedArray => "a " + ((JsTypedArray)value).ArrayKind,
        JsValueKind.Blob => ((JsBlob)value).FileName is null ? "a Blob" : "a File",
        JsValueKind.FormData => "a FormData",
        JsValueKind.Promise => "a Promise",
        JsValueKind.Iterator => "an iterator",
        JsValueKind.Stream => "a stream",
        JsValueKind.ServerReference => "a server function",
        _ => "a client reference",
    };

    /// <summary>Re-throws <paramref name="inner"/> one level further out: <paramref name="segment"/> goes before its path.</summary>
    public static ReplyDecodeException Prepend(ReplyDecodeException inner, string segment) =>
        new(inner.Code, inner.Message, inner.InnerException) { Path = segment + inner.Path };

    public static string Index(int index) => "[" + index.ToString(CultureInfo.InvariantCulture) + "]";

    /// <summary><c>.name</c> for identifier-like keys, otherwise <c>["any key"]</c>.</summary>
    public static string Property(string key) =>
        IsIdentifier(key) ? "." + key : "[\"" + key.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"]";

    private static bool IsIdentifier(string key)
    {
        if (key.Length == 0 || char.IsAsciiDigit(key[0]))
        {
            return false;
        }

        foreach (char c in key)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '_' && c != '$')
            {
                return false;
            }
        }

        return true;
    }
}
