namespace UseServer.Flight.Values;

/// <summary>
/// A JavaScript value as React's <c>encodeReply</c> can send it: the closed, inert value model that
/// <see cref="object"/>-typed server function parameters receive (a closed, inert value model).
/// </summary>
/// <remarks>
/// The set of subclasses is closed (the constructor is internal) and every instance is inert data:
/// nothing here is callable, awaitable or chosen by a type name from the wire. Objects, arrays, maps and
/// sets are reference types so that shared and cyclic references decode as shared and cyclic; compare
/// them by reference to observe identity.
/// </remarks>
public abstract class JsValue
{
    private protected JsValue()
    {
    }

    /// <summary>Which kind of JavaScript value this is.</summary>
    public abstract JsValueKind Kind { get; }

    /// <summary>The JavaScript <c>undefined</c>.</summary>
    public static JsUndefined Undefined => JsUndefined.Instance;

    /// <summary>The JavaScript <c>null</c>.</summary>
    public static JsNull Null => JsNull.Instance;
}
