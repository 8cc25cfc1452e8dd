namespace UseServer.Components;

/// <summary><c>&lt;table&gt;</c>.</summary>
public sealed class Table() : HtmlElement("table");

/// <summary><c>&lt;caption&gt;</c>.</summary>
public sealed class Caption() : HtmlElement("caption");

/// <summary><c>&lt;thead&gt;</c>.</summary>
public sealed class Thead() : HtmlElement("thead");

/// <summary><c>&lt;tbody&gt;</c>.</summary>
public sealed class Tbody() : HtmlElement("tbody");

/// <summary><c>&lt;tfoot&gt;</c>.</summary>
public sealed class Tfoot() : HtmlElement("tfoot");

/// <summary><c>&lt;tr&gt;</c>.</summary>
public sealed class Tr() : HtmlElement("tr");
