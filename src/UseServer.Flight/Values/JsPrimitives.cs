using System.Globalization;
using System.Numerics;

namespace UseServer.Flight.Values;

/// <summary>The JavaScript <c>undefined</c>.</summary>
public sealed class JsUndefined : JsValue
{
    internal static readonly JsUndefined Instance = new();

    private JsUndefined()
    {
    }

    /// <inheritdoc/>
    public override JsValueKind Kind => JsValueKind.Undefined;

    /// <inheritdoc/>
    public override string ToString() => "undefined";
}

/// <summary>The JavaScript <c>null</c>.</summary>
public sealed class JsNull : JsValue
{
    internal static readonly JsNull Instance = new();

    private JsNull()
    {
    }

    /// <inheritdoc/>
    public override JsValueKind Kind => JsValueKind.Null;

    /// <inheritdoc/>
    public override string ToString() => "null";
}

/// <summary>A JavaScript boolean.</summary>
public sealed class JsBoolean : JsValue
{
    /// <summary><c>true</c>.</summary>
    public static readonly JsBoolean True = new(true);

    /// <summary><c>false</c>.</summary>
    public static readonly JsBoolean False = new(false);

    private JsBoolean(bool value) => Value = value;

    /// <summary>The value.</summary>
    public bool Value { get; }

    /// <inheritdoc/>
    public override JsValueKind Kind => JsValueKind.Boolean;

    /// <summary>The shared instance for <paramref name="value"/>.</summary>
    public static JsBoolean From(bool value) => value ? True : False;

    /// <inheritdoc/>
    public override string ToString() => Value ? "true" : "false";
}

/// <summary>A JavaScript number (an IEEE double, with <c>NaN</c>, the infinities and <c>-0</c>).</summary>
public sealed class JsNumber(double value) : JsValue
{
    /// <summary>The value.</summary>
    public double Value { get; } = value;

    /// <inheritdoc/>
    public override JsValueKind Kind => JsValueKind.Number;

    /// <inheritdoc/>
    public override string ToString() => Value.ToString("R", CultureInfo.InvariantCulture);
}

/// <summary>A JavaScript string.</summary>
public sealed class JsString(string value) : JsValue
{
    /// <summary>The empty string.</summary>
    public static readonly JsString Empty = new(string.Empty);

    /// <summary>The value (already unescaped: a wire <c>"$$x"</c> is <c>"$x"</c> here).</summary>
    public string Value { get; } = value ?? throw new ArgumentNullException(nameof(value));

    /// <inheritdoc/>
    public override JsValueKind Kind => JsValueKind.String;

    /// <inheritdoc/>
    public override string ToString() => Value;
}

/// <summary>A JavaScript <c>bigint</c>.</summary>
public sealed class JsBigInt(BigInteger value) : JsValue
{
    /// <summary>The value.</summary>
    public BigInteger Value { get; } = value;

    /// <inheritdoc/>
    public override JsValueKind Kind => JsValueKind.BigInt;

    /// <inheritdoc/>
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture) + "n";
}
