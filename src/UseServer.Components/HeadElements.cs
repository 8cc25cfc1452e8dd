namespace UseServer.Components;

/// <summary><c>&lt;meta&gt;</c>.</summary>
public sealed class Meta() : HtmlElement("meta")
{
    /// <summary><c>name</c>.</summary>
    public string? Name { get; init; }

    /// <summary><c>content</c>.</summary>
    public string? Content { get; init; }

    /// <summary><c>charset</c> (React's <c>charSet</c>).</summary>
    public string? CharSet { get; init; }

    /// <summary><c>property</c> (Open Graph).</summary>
    public string? Property { get; init; }

    private protected override void AddProps(PropsBuilder props)
    {
        props.Add("name", Name);
        props.Add("content", Content);
        props.Add("charSet", CharSet);
        props.Add("property", Property);
    }
}

/// <summary><c>&lt;link&gt;</c>. With <see cref="Precedence"/>, React hoists a stylesheet into the head and waits for it.</summary>
public sealed class Link() : HtmlElement("link")
{
    /// <summary><c>rel</c>.</summary>
    public string? Rel { get; init; }

    /// <summary><c>href</c>.</summary>
    public string? Href { get; init; }

    /// <summary><c>type</c>.</summary>
    public string? Type { get; init; }

    /// <summary>React's stylesheet <c>precedence</c>.</summary>
    public string? Precedence { get; init; }

    private protected override void AddProps(PropsBuilder props)
    {
        props.Add("rel", Rel);
        props.Add("href", Href);
        props.Add("type", Type);
        props.Add("precedence", Precedence);
    }
}

/// <summary>Any other element, by tag name (a custom element such as <c>my-widget</c>); attributes go in <see cref="HtmlElement.Attributes"/>.</summary>
/// <param name="tag">The tag name.</param>
public sealed class CustomElement(string tag) : HtmlElement(tag ?? throw new ArgumentNullException(nameof(tag)));
