namespace UseServer.Components;

/// <summary><c>&lt;main&gt;</c>.</summary>
public sealed class Main() : HtmlElement("main");

/// <summary><c>&lt;section&gt;</c>.</summary>
public sealed class Section() : HtmlElement("section");

/// <summary><c>&lt;article&gt;</c>.</summary>
public sealed class Article() : HtmlElement("article");

/// <summary><c>&lt;header&gt;</c>.</summary>
public sealed class Header() : HtmlElement("header");

/// <summary><c>&lt;footer&gt;</c>.</summary>
public sealed class Footer() : HtmlElement("footer");

/// <summary><c>&lt;nav&gt;</c>.</summary>
public sealed class Nav() : HtmlElement("nav");

/// <summary><c>&lt;aside&gt;</c>.</summary>
public sealed class Aside() : HtmlElement("aside");

/// <summary><c>&lt;div&gt;</c>.</summary>
public sealed class Div() : HtmlElement("div");

/// <summary><c>&lt;p&gt;</c>.</summary>
public sealed class P() : HtmlElement("p");

/// <summary><c>&lt;h1&gt;</c>.</summary>
public sealed class H1() : HtmlElement("h1");

/// <summary><c>&lt;h2&gt;</c>.</summary>
public sealed class H2() : HtmlElement("h2");

/// <summary><c>&lt;h3&gt;</c>.</summary>
public sealed class H3() : HtmlElement("h3");

/// <summary><c>&lt;h4&gt;</c>.</summary>
public sealed class H4() : HtmlElement("h4");

/// <summary><c>&lt;h5&gt;</c>.</summary>
public sealed class H5() : HtmlElement("h5");

/// <summary><c>&lt;h6&gt;</c>.</summary>
public sealed class H6() : HtmlElement("h6");

/// <summary><c>&lt;ul&gt;</c>.</summary>
public sealed class Ul() : HtmlElement("ul");

/// <summary><c>&lt;ol&gt;</c>.</summary>
public sealed class Ol() : HtmlElement("ol");

/// <summary><c>&lt;li&gt;</c>.</summary>
public sealed class Li() : HtmlElement("li");

/// <summary><c>&lt;hr&gt;</c>.</summary>
public sealed class Hr() : HtmlElement("hr");

/// <summary><c>&lt;blockquote&gt;</c>.</summary>
public sealed class Blockquote() : HtmlElement("blockquote");

/// <summary><c>&lt;figure&gt;</c>.</summary>
public sealed class Figure() : HtmlElement("figure");

/// <summary><c>&lt;figcaption&gt;</c>.</summary>
public sealed class Figcaption() : HtmlElement("figcaption");

/// <summary><c>&lt;dl&gt;</c>.</summary>
public sealed class Dl() : HtmlElement("dl");

/// <summary><c>&lt;dt&gt;</c>.</summary>
public sealed class Dt() : HtmlElement("dt");

/// <summary><c>&lt;dd&gt;</c>.</summary>
public sealed class Dd() : HtmlElement("dd");

/// <summary><c>&lt;details&gt;</c>.</summary>
public sealed class Details() : HtmlElement("details");

/// <summary><c>&lt;summary&gt;</c>.</summary>
public sealed class Summary() : HtmlElement("summary");
