namespace UseServer.Components;

/// <summary>
/// A host element (<c>div</c>, <c>form</c>, …) with the attributes every element has. Each tag is a class of its own
/// with its typed attributes (<see cref="Input.Name"/>, <see cref="Form.Action"/>, …); anything else goes in
/// <see cref="Attributes"/> (<c>data-*</c>, <c>aria-*</c>). Props are sent with React's names (<c>className</c>, <c>htmlFor</c>).
/// </summary>
public abstract class HtmlElement : Node
{
    private protected HtmlElement(string tag) => Tag = tag;

    /// <summary>The tag name.</summary>
    public string Tag { get; }

    /// <summary><c>id</c>.</summary>
    public string? Id { get; init; }

    /// <summary><c>class</c> (React's <c>className</c>).</summary>
    public string? ClassName { get; init; }

    /// <summary>Inline styles, by React's camelCase property names (<c>["backgroundColor"] = "red"</c>).</summary>
    public IReadOnlyDictionary<string, string>? Style { get; init; }

    /// <summary><c>title</c>.</summary>
    public string? Title { get; init; }

    /// <summary><c>hidden</c>.</summary>
    public bool? Hidden { get; init; }

    /// <summary><c>lang</c>.</summary>
    public string? Lang { get; init; }

    /// <summary><c>role</c>.</summary>
    public string? Role { get; init; }

    /// <summary><c>tabindex</c> (React's <c>tabIndex</c>).</summary>
    public int? TabIndex { get; init; }

    /// <summary><c>data-testid</c>, the hook browser tests find elements by.</summary>
    public string? TestId { get; init; }

    /// <summary>Other attributes by their HTML or React name: <c>data-*</c>, <c>aria-*</c>, <c>dateTime</c>, …</summary>
    public IReadOnlyDictionary<string, object?>? Attributes { get; init; }

    /// <summary>The children.</summary>
    public IReadOnlyList<Node?> Children { get; init; } = [];

    /// <summary>Adds this element's typed attributes to <paramref name="props"/> (React names; nulls are skipped by the caller).</summary>
    /// <param name="props">The props being built.</param>
    private protected virtual void AddProps(PropsBuilder props)
    {
    }

    internal void WriteProps(PropsBuilder props)
    {
        props.Add("id", Id);
        props.Add("className", ClassName);
        props.Add("style", Style);
        props.Add("title", Title);
        props.Add("hidden", Hidden);
        props.Add("lang", Lang);
        props.Add("role", Role);
        props.Add("tabIndex", TabIndex);
        props.Add("data-testid", TestId);
        AddProps(props);
        if (Attributes is not null)
        {
            foreach ((string name, object? value) in Attributes)
            {
                props.Add(name, value);
            }
        }
    }
}

/// <summary>Collects an element's props in order, skipping unset (null) attributes.</summary>
internal sealed class PropsBuilder
{
    public Dictionary<string, object?> Props { get; } = new(StringComparer.Ordinal);

    public void Add(string name, object? value)
    {
        if (value is not null)
        {
            Props[name] = value;
        }
    }
}
