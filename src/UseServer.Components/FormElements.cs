using UseServer.Flight;

namespace UseServer.Components;

/// <summary>
/// <c>&lt;form&gt;</c>. With a server function as <see cref="Action"/>, React submits it with the form's FormData,
/// and the server renders it so that it works before JavaScript loads (progressive enhancement).
/// </summary>
public sealed class Form() : HtmlElement("form")
{
    /// <summary>A server function (<c>references.Reference(MyFunctions.Save)</c>): the form's action.</summary>
    public ServerReference? Action { get; init; }

    /// <summary>A URL action, for a plain HTML form (ignored when <see cref="Action"/> is set).</summary>
    public string? ActionUrl { get; init; }

    /// <summary><c>method</c> for a URL action.</summary>
    public string? Method { get; init; }

    /// <summary><c>novalidate</c> (React's <c>noValidate</c>).</summary>
    public bool? NoValidate { get; init; }

    private protected override void AddProps(PropsBuilder props)
    {
        props.Add("action", (object?)Action ?? ActionUrl);
        props.Add("method", Action is null ? Method : null);
        props.Add("noValidate", NoValidate);
    }
}

/// <summary><c>&lt;button&gt;</c>.</summary>
public sealed class Button() : HtmlElement("button")
{
    /// <summary><c>type</c>: <c>submit</c> (the default in a form), <c>button</c> or <c>reset</c>.</summary>
    public string? Type { get; init; }

    /// <summary><c>name</c>.</summary>
    public string? Name { get; init; }

    /// <summary><c>value</c>.</summary>
    public string? Value { get; init; }

    /// <summary><c>disabled</c>.</summary>
    public bool? Disabled { get; init; }

    /// <summary>A server function that this submit button runs instead of the form's action.</summary>
    public ServerReference? FormAction { get; init; }

    private protected override void AddProps(PropsBuilder props)
    {
        props.Add("type", Type);
        props.Add("name", Name);
        props.Add("value", Value);
        props.Add("disabled", Disabled);
        props.Add("formAction", FormAction);
    }
}

/// <summary><c>&lt;input&gt;</c>.</summary>
public sealed class Input() : HtmlElement("input")
{
    /// <summary><c>type</c> (<c>text</c> when unset).</summary>
    public string? Type { get; init; }

    /// <summary><c>name</c>: the field's name in the FormData.</summary>
    public string? Name { get; init; }

    /// <summary>The initial value of an uncontrolled input (React's <c>defaultValue</c>).</summary>
    public string? DefaultValue { get; init; }

    /// <summary>The initial checked state of a checkbox or radio (React's <c>defaultChecked</c>).</summary>
    public bool? DefaultChecked { get; init; }

    /// <summary><c>placeholder</c>.</summary>
    public string? Placeholder { get; init; }

    /// <summary><c>required</c>.</summary>
    public bool? Required { get; init; }

    /// <summary><c>disabled</c>.</summary>
    public bool? Disabled { get; init; }

    /// <summary><c>maxlength</c> (React's <c>maxLength</c>).</summary>
    public int? MaxLength { get; init; }

    /// <summary><c>minlength</c> (React's <c>minLength</c>).</summary>
    public int? MinLength { get; init; }

    /// <summary><c>autocomplete</c> (React's <c>autoComplete</c>).</summary>
    public string? AutoComplete { get; init; }

    /// <summary>A server function that this submit input runs instead of the form's action.</summary>
    public ServerReference? FormAction { get; init; }

    private protected override void AddProps(PropsBuilder props)
    {
        props.Add("type", Type);
        props.Add("name", Name);
        props.Add("defaultValue", DefaultValue);
        props.Add("defaultChecked", DefaultChecked);
        props.Add("placeholder", Placeholder);
        props.Add("required", Required);
        props.Add("disabled", Disabled);
        props.Add("maxLength", MaxLength);
        props.Add("minLength", MinLength);
        props.Add("autoComplete", AutoComplete);
        props.Add("formAction", FormAction);
    }
}

/// <summary><c>&lt;label&gt;</c>.</summary>
public sealed class Label() : HtmlElement("label")
{
    /// <summary><c>for</c> (React's <c>htmlFor</c>).</summary>
    public string? HtmlFor { get; init; }

    private protected override void AddProps(PropsBuilder props) => props.Add("htmlFor", HtmlFor);
}

/// <summary><c>&lt;textarea&gt;</c>.</summary>
public sealed class Textarea() : HtmlElement("textarea")
{
    /// <summary><c>name</c>.</summary>
    public string? Name { get; init; }

    /// <summary>The initial text (React's <c>defaultValue</c>).</summary>
    public string? DefaultValue { get; init; }

    /// <summary><c>rows</c>.</summary>
    public int? Rows { get; init; }

    /// <summary><c>placeholder</c>.</summary>
    public string? Placeholder { get; init; }

    /// <summary><c>required</c>.</summary>
    public bool? Required { get; init; }

    /// <summary><c>maxlength</c> (React's <c>maxLength</c>).</summary>
    public int? MaxLength { get; init; }

    private protected override void AddProps(PropsBuilder props)
    {
        props.Add("name", Name);
        props.Add("defaultValue", DefaultValue);
        props.Add("rows", Rows);
        props.Add("placeholder", Placeholder);
        props.Add("required", Required);
        props.Add("maxLength", MaxLength);
    }
}

/// <summary><c>&lt;select&gt;</c>.</summary>
public sealed class Select() : HtmlElement("select")
{
    /// <summary><c>name</c>.</summary>
    public string? Name { get; init; }

    /// <summary>The initially selected option's value (React's <c>defaultValue</c>).</summary>
    public string? DefaultValue { get; init; }

    /// <summary><c>required</c>.</summary>
    public bool? Required { get; init; }

    private protected override void AddProps(PropsBuilder props)
    {
        props.Add("name", Name);
        props.Add("defaultValue", DefaultValue);
        props.Add("required", Required);
    }
}

/// <summary><c>&lt;option&gt;</c>.</summary>
public sealed class Option() : HtmlElement("option")
{
    /// <summary><c>value</c>.</summary>
    public string? Value { get; init; }

    /// <summary><c>disabled</c>.</summary>
    public bool? Disabled { get; init; }

    private protected override void AddProps(PropsBuilder props)
    {
        props.Add("value", Value);
        props.Add("disabled", Disabled);
    }
}
