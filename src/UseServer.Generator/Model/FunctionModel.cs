namespace UseServer.Generator.Model;

/// <summary>One server function, as the emitters need it. Equatable: no symbols, no syntax.</summary>
/// <param name="Id">The stable ID (explicit or derived, see <c>StableId</c>).</param>
/// <param name="ContainingType">The declaring type, fully qualified with <c>global::</c>.</param>
/// <param name="ContainingTypeName">The declaring type's simple name.</param>
/// <param name="MethodName">The method's name.</param>
/// <param name="IsStatic">Static methods are called directly; instance methods on a per-request instance from DI.</param>
/// <param name="Parameters">Every parameter, in declaration order.</param>
/// <param name="Return">What the method returns and how to await it.</param>
/// <param name="Doc">The method's XML doc summary, plain text.</param>
/// <param name="HasAuthorizationMetadata">Whether the method or its type carries <c>[Authorize]</c> or <c>[AllowAnonymous]</c>.</param>
/// <param name="Declarations">TypeScript declarations its signature needs.</param>
/// <param name="Location">Where the method is declared, for diagnostics.</param>
internal sealed record FunctionModel(
    string Id,
    string ContainingType,
    string ContainingTypeName,
    string MethodName,
    bool IsStatic,
    EquatableArray<ParameterModel> Parameters,
    ReturnModel Return,
    string? Doc,
    bool HasAuthorizationMetadata,
    EquatableArray<TsDeclaration> Declarations,
    LocationInfo? Location);

/// <summary>One parameter.</summary>
/// <param name="Name">The C# name.</param>
/// <param name="TypeOfName">The type as <c>typeof(...)</c> needs it (no nullable annotations).</param>
/// <param name="CastName">The type as a cast needs it (nullable annotations kept).</param>
/// <param name="Source">Where its value comes from.</param>
/// <param name="Shape">For client parameters: the wire shape.</param>
/// <param name="IsOptional">Whether C# declares a default.</param>
/// <param name="DefaultValue">The default as a C# expression of the parameter's type, when optional.</param>
/// <param name="Doc">The <c>&lt;param&gt;</c> doc text.</param>
/// <param name="IsBound">Whether it carries <c>[UseServer.Bound]</c>: a client argument that arrives sealed in the reference a
/// server component minted, never from the caller (the registry still describes it as a client parameter; the host finds the
/// attribute on the method and unseals the token into the leading slots).</param>
internal sealed record ParameterModel(
    string Name,
    string TypeOfName,
    string CastName,
    ParameterSource Source,
    TypeShape Shape,
    bool IsOptional,
    string? DefaultValue,
    string? Doc,
    bool IsBound);

/// <summary>Mirrors <c>UseServer.ServerFunctionParameterSource</c> (names must match: the emitter prints them).</summary>
internal enum ParameterSource
{
    Client,
    Service,
    HttpContext,
    HttpRequest,
    User,
    CancellationToken,
}

/// <summary>What a method returns.</summary>
/// <param name="Await">How the invoker waits for it.</param>
/// <param name="ResultTypeOfName">The unwrapped result type for <c>typeof(...)</c> (<c>void</c> for none).</param>
/// <param name="Shape">The unwrapped result's shape (<see cref="ShapeKind.Void"/> for none).</param>
internal sealed record ReturnModel(AwaitKind Await, string ResultTypeOfName, TypeShape Shape)
{
    public bool HasValue => Shape.Kind != ShapeKind.Void;
}

/// <summary>How the invoker waits for a method's result.</summary>
internal enum AwaitKind
{
    None,
    Await,
}
