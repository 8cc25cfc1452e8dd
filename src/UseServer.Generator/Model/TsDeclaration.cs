namespace UseServer.Generator.Model;

/// <summary>A TypeScript declaration a signature needs: an interface for a record or class, a string union for an enum.</summary>
/// <param name="Key">The C# type's fully qualified name (unique in the compilation).</param>
/// <param name="Name">The TypeScript name before collision handling (the C# name; generic types append their arguments).</param>
/// <param name="Namespace">The C# namespace, used to disambiguate two types with one name.</param>
/// <param name="IsEnum">Whether it is a string union (enum) rather than an interface.</param>
/// <param name="EnumMembers">For an enum: its member names.</param>
/// <param name="Properties">For a record or class: its public properties as JSON sees them.</param>
/// <param name="Doc">The type's XML doc summary, plain text.</param>
internal sealed record TsDeclaration(
    string Key,
    string Name,
    string Namespace,
    bool IsEnum,
    EquatableArray<string> EnumMembers,
    EquatableArray<TsProperty> Properties,
    string? Doc);

/// <summary>One property of an interface declaration.</summary>
/// <param name="Name">The JSON name (camelCase unless <c>[JsonPropertyName]</c> says otherwise).</param>
/// <param name="Type">Its shape.</param>
/// <param name="Doc">Its XML doc summary, plain text.</param>
internal sealed record TsProperty(string Name, TypeShape Type, string? Doc);
