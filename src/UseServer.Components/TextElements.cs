namespace UseServer.Components;

/// <summary><c>&lt;span&gt;</c>.</summary>
public sealed class Span() : HtmlElement("span");

/// <summary><c>&lt;strong&gt;</c>.</summary>
public sealed class Strong() : HtmlElement("strong");

/// <summary><c>&lt;em&gt;</c>.</summary>
public sealed class Em() : HtmlElement("em");

/// <summary><c>&lt;small&gt;</c>.</summary>
public sealed class Small() : HtmlElement("small");

/// <summary><c>&lt;code&gt;</c>.</summary>
public sealed class Code() : HtmlElement("code");

/// <summary><c>&lt;pre&gt;</c>.</summary>
public sealed class Pre() : HtmlElement("pre");

/// <summary><c>&lt;b&gt;</c>.</summary>
public sealed class B() : HtmlElement("b");

/// <summary><c>&lt;i&gt;</c>.</summary>
public sealed class I() : HtmlElement("i");

/// <summary><c>&lt;br&gt;</c>.</summary>
public sealed class Br() : HtmlElement("br");

/// <summary><c>&lt;mark&gt;</c>.</summary>
public sealed class Mark() : HtmlElement("mark");

/// <summary><c>&lt;kbd&gt;</c>.</summary>
public sealed class Kbd() : HtmlElement("kbd");

/// <summary><c>&lt;abbr&gt;</c>.</summary>
public sealed class Abbr() : HtmlElement("abbr");

/// <summary><c>&lt;cite&gt;</c>.</summary>
public sealed class Cite() : HtmlElement("cite");

/// <summary><c>&lt;sub&gt;</c>.</summary>
public sealed class Sub() : HtmlElement("sub");

/// <summary><c>&lt;sup&gt;</c>.</summary>
public sealed class Sup() : HtmlElement("sup");
