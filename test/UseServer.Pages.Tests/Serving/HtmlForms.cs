using System.Net;
using System.Text.RegularExpressions;

namespace UseServer.Pages.Tests.Serving;

/// <summary>Reads the forms React rendered, as a browser without JavaScript would submit them.</summary>
internal static partial class HtmlForms
{
    /// <summary>The <paramref name="index"/>th form of the page: its action and its hidden fields, in order.</summary>
    public static (string Action, List<KeyValuePair<string, string>> Fields) Form(string html, int index)
    {
        Match form = FormPattern().Matches(html)[index];
        Match action = ActionPattern().Match(form.Groups["tag"].Value);
        var fields = new List<KeyValuePair<string, string>>();
        foreach (Match input in HiddenPattern().Matches(form.Groups["body"].Value))
        {
            fields.Add(new(WebUtility.HtmlDecode(input.Groups["name"].Value), WebUtility.HtmlDecode(input.Groups["value"].Value)));
        }

        return (action.Success ? WebUtility.HtmlDecode(action.Groups["action"].Value) : "", fields);
    }

    /// <summary>A multipart body of <paramref name="fields"/> then <paramref name="user"/> fields, as a browser posts a form.</summary>
    public static MultipartFormDataContent Body(IEnumerable<KeyValuePair<string, string>> fields, params (string Name, string Value)[] user)
    {
        var content = new MultipartFormDataContent();
        foreach ((string name, string value) in fields)
        {
            content.Add(new StringContent(value), name);
        }

        foreach ((string name, string value) in user)
        {
            content.Add(new StringContent(value), name);
        }

        return content;
    }

    [GeneratedRegex("(?<tag><form[^>]*>)(?<body>.*?)</form>", RegexOptions.Singleline)]
    private static partial Regex FormPattern();

    [GeneratedRegex(" action=\"(?<action>[^\"]*)\"")]
    private static partial Regex ActionPattern();

    [GeneratedRegex("<input type=\"hidden\" name=\"(?<name>[^\"]*)\"(?: value=\"(?<value>[^\"]*)\")?/>")]
    private static partial Regex HiddenPattern();
}
