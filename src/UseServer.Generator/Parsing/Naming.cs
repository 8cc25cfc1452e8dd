namespace UseServer.Generator.Parsing;

/// <summary>Name conversions shared by the parser and the TypeScript emitter.</summary>
internal static class Naming
{
    /// <summary>
    /// System.Text.Json's <c>JsonNamingPolicy.CamelCase</c>: lower-cases the leading run of capitals
    /// except the last one before a lower-case letter (<c>URLValue</c> becomes <c>urlValue</c>), so
    /// TypeScript property names match what the server serializes.
    /// </summary>
    public static string CamelCase(string name)
    {
        if (name.Length == 0 || !char.IsUpper(name[0]))
        {
            return name;
        }

        var chars = name.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (i == 1 && !char.IsUpper(chars[i]))
            {
                break;
            }

            var hasNext = i + 1 < chars.Length;
            if (i > 0 && hasNext && !char.IsUpper(chars[i + 1]))
            {
                if (chars[i + 1] == ' ')
                {
                    chars[i] = char.ToLowerInvariant(chars[i]);
                }

                break;
            }

            chars[i] = char.ToLowerInvariant(chars[i]);
        }

        return new string(chars);
    }
}
