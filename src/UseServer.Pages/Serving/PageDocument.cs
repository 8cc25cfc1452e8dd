using UseServer.Components;

namespace UseServer.Pages.Serving;

/// <summary>The document around every page: <c>html</c>, <c>head</c> with the client build's styles, <c>body</c>.</summary>
internal static class PageDocument
{
    public static Node Wrap(Node page, PageOptions options, IReadOnlyList<string> styles)
    {
        Node body = options.Layout is { } layout ? layout(page) : page;
        var head = new List<Node>
        {
            new Meta { CharSet = "utf-8" },
            new Meta { Name = "viewport", Content = "width=device-width, initial-scale=1" },
        };
        foreach (string href in styles)
        {
            head.Add(new Link { Rel = "stylesheet", Href = href, Precedence = "default" });
        }

        return new Html
        {
            Lang = options.Language,
            Children = [new Head { Children = [.. head] }, new Body { Children = [body] }],
        };
    }
}
