using System.Collections.Frozen;
using UseServer.Flight.Values;

namespace UseServer.Flight.Binding;

/// <summary>
/// An enum from the exact, case-sensitive name of one of its members: the TypeScript stubs type an enum as
/// the union of its member names. Numbers, numeric strings and comma-joined flag lists are refused, so a
/// client cannot reach a value that has no name.
/// </summary>
internal sealed class EnumConverter<TEnum> : ReplyConverter<TEnum>
    where TEnum : struct, Enum
{
    // Built once per enum type from the generic (AOT-safe) Enum APIs.
    private readonly FrozenDictionary<string, TEnum> _byName = BuildNames();

    public static readonly EnumConverter<TEnum> Instance = new();

    public override TEnum Convert(JsValue value, ReplyBindingContext context) => value switch
    {
        JsString s => _byName.TryGetValue(s.Value, out var e)
            ? e
            : throw BindingErrors.Invalid($"\"{Truncate(s.Value)}\" is not a member of {typeof(TEnum).Name}."),
        _ => throw BindingErrors.Mismatch($"the name of a {typeof(TEnum).Name} member", value),
    };

    private static FrozenDictionary<string, TEnum> BuildNames()
    {
        var names = Enum.GetNames<TEnum>();
        var values = Enum.GetValues<TEnum>();
        var map = new Dictionary<string, TEnum>(names.Length, StringComparer.Ordinal);
        for (int i = 0; i < names.Length; i++)
        {
            map[names[i]] = values[i];
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static string Truncate(string text) => text.Length <= 64 ? text : string.Concat(text.AsSpan(0, 64), "…");
}
