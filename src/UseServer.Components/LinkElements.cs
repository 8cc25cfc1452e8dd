namespace UseServer.Components;

/// <summary><c>&lt;a&gt;</c>.</summary>
public sealed class A() : HtmlElement("a")
{
    /// <summary><c>href</c>.</summary>
    public string? Href { get; init; }

    /// <summary><c>target</c>.</summary>
    public string? Target { get; init; }

    /// <summary><c>rel</c>.</summary>
    public string? Rel { get; init; }

    /// <summary><c>download</c>: the file name to save as (empty: the URL's).</summary>
    public string? Download { get; init; }

    private protected override void AddProps(PropsBuilder props)
    {
        props.Add("href", Href);
        props.Add("target", Target);
        props.Add("rel", Rel);
        props.Add("download", Download);
    }
}

/// <summary><c>&lt;img&gt;</c>.</summary>
public sealed class Img() : HtmlElement("img")
{
    /// <summary><c>src</c>.</summary>
    public string? Src { get; init; }

    /// <summary><c>alt</c>.</summary>
    public string? Alt { get; init; }

    /// <summary><c>width</c>.</summary>
    public int? Width { get; init; }

    /// <summary><c>height</c>.</summary>
    public int? Height { get; init; }

    private protected override void AddProps(PropsBuilder props)
    {
        props.Add("src", Src);
        props.Add("alt", Alt);
        props.Add("width", Width);
        props.Add("height", Height);
    }
}

/// <summary><c>&lt;time&gt;</c>.</summary>
public sealed class Time() : HtmlElement("time")
{
    /// <summary><c>datetime</c> (React's <c>dateTime</c>): a machine-readable date.</summary>
    public string? DateTime { get; init; }

    private protected override void AddProps(PropsBuilder props) => props.Add("dateTime", DateTime);
}
