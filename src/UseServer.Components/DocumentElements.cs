namespace UseServer.Components;

/// <summary><c>&lt;html&gt;</c>.</summary>
public sealed class Html() : HtmlElement("html");

/// <summary><c>&lt;head&gt;</c>.</summary>
public sealed class Head() : HtmlElement("head");

/// <summary><c>&lt;body&gt;</c>.</summary>
public sealed class Body() : HtmlElement("body");

/// <summary><c>&lt;title&gt;</c>.</summary>
public sealed class TitleElement() : HtmlElement("title");
