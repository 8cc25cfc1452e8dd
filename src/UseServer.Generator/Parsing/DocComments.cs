using System;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace UseServer.Generator.Parsing;

/// <summary>
/// Reads XML doc comments as plain text for JSDoc. Reads the <c>///</c> trivia itself because
/// <c>GetDocumentationCommentXml</c> is empty when the project does not generate a documentation file.
/// </summary>
internal static class DocComments
{
    private static readonly Regex s_whitespace = new(@"\s+", RegexOptions.CultureInvariant);

    public static string? Summary(ISymbol symbol) => Text(Xml(symbol)?.Element("summary"));

    public static string? Parameter(IMethodSymbol method, string name) =>
        Text(Xml(method)?.Elements("param").FirstOrDefault(e => (string?)e.Attribute("name") == name));

    private static XElement? Xml(ISymbol symbol)
    {
        var syntax = symbol.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax();
        if (syntax is null)
        {
            return null;
        }

        var text = new StringBuilder();
        foreach (var trivia in syntax.GetLeadingTrivia())
        {
            if (trivia.IsKind(SyntaxKind.SingleLineDocumentationCommentTrivia) || trivia.IsKind(SyntaxKind.SingleLineCommentTrivia))
            {
                foreach (var line in trivia.ToFullString().Split('\n'))
                {
                    var trimmed = line.Trim();
                    if (trimmed.StartsWith("///", StringComparison.Ordinal))
                    {
                        text.Append(trimmed.Substring(3)).Append('\n');
                    }
                }
            }
        }

        if (text.Length == 0)
        {
            return null;
        }

        try
        {
            return XElement.Parse("<doc>" + text + "</doc>", LoadOptions.None);
        }
        catch (System.Xml.XmlException)
        {
            return null;
        }
    }

    private static string? Text(XElement? element)
    {
        if (element is null)
        {
            return null;
        }

        var text = new StringBuilder();
        foreach (var node in element.DescendantNodes())
        {
            switch (node)
            {
                case XText t when t.Parent is not null && (t.Parent == element || t.Parent.Name != "see"):
                    text.Append(t.Value);
                    break;
                case XElement { Name.LocalName: "see" or "seealso" } see:
                    text.Append(Reference(see));
                    break;
                case XElement { Name.LocalName: "paramref" or "typeparamref" } r:
                    text.Append((string?)r.Attribute("name"));
                    break;
            }
        }

        var result = s_whitespace.Replace(text.ToString(), " ").Trim();
        return result.Length == 0 ? null : result;
    }

    // <see cref="T:App.Note"/> reads as "Note"; <see langword="null"/> as "null".
    private static string Reference(XElement see)
    {
        if (see.Nodes().Any())
        {
            return see.Value;
        }

        var target = (string?)see.Attribute("cref") ?? (string?)see.Attribute("langword") ?? (string?)see.Attribute("href") ?? "";
        var colon = target.IndexOf(':');
        target = colon >= 0 && colon <= 1 ? target.Substring(colon + 1) : target;
        var paren = target.IndexOf('(');
        target = paren >= 0 ? target.Substring(0, paren) : target;
        var dot = target.LastIndexOf('.');
        return dot >= 0 && see.Attribute("href") is null ? target.Substring(dot + 1) : target;
    }
}
