namespace UseServer.Components;

/// <summary><c>&lt;th&gt;</c>.</summary>
public sealed class Th() : HtmlElement("th")
{
    /// <summary><c>scope</c>.</summary>
    public string? Scope { get; init; }

    /// <summary><c>colspan</c> (React's <c>colSpan</c>).</summary>
    public int? ColSpan { get; init; }

    private protected override void AddProps(PropsBuilder props)
    {
        props.Add("scope", Scope);
        props.Add("colSpan", ColSpan);
    }
}

/// <summary><c>&lt;td&gt;</c>.</summary>
public sealed class Td() : HtmlElement("td")
{
    /// <summary><c>colspan</c> (React's <c>colSpan</c>).</summary>
    public int? ColSpan { get; init; }

    private protected override void AddProps(PropsBuilder props) => props.Add("colSpan", ColSpan);
}
