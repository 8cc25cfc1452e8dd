using Microsoft.CodeAnalysis;

namespace UseServer.Generator.Diagnostics;

/// <summary>
/// Every diagnostic the generator reports. IDs are permanent: a retired ID stays here as a comment and is
/// never reused. Each has a page at docs/diagnostics/USE00NN.md and a line in AnalyzerReleases.*.md.
/// </summary>
internal static class DiagnosticDescriptors
{
    private const string Category = "UseServer";
    private const string HelpBase = "https://github.com/useserver/useserver/blob/main/docs/diagnostics/";

    public static readonly DiagnosticDescriptor UnsupportedParameterType = Error(
        "USE0001",
        "Server function parameter type is not supported",
        "Parameter '{0}' of server function '{1}' has type '{2}', which React's reply format cannot carry and which is not an injectable service{3}");

    public static readonly DiagnosticDescriptor UnsupportedReturnType = Error(
        "USE0002",
        "Server function return type is not supported",
        "Server function '{0}' returns '{1}', which cannot be sent to the client");

    public static readonly DiagnosticDescriptor ByRefOrParamsParameter = Error(
        "USE0003",
        "Server function parameter cannot be ref, out, in or params",
        "Parameter '{0}' of server function '{1}' is '{2}'; server function arguments are passed by value, one per parameter");

    public static readonly DiagnosticDescriptor GenericFunction = Error(
        "USE0004",
        "Server function cannot be generic",
        "Server function '{0}' is generic or is declared in a generic type; a client cannot choose type arguments");

    public static readonly DiagnosticDescriptor DuplicateId = Error(
        "USE0005",
        "Server function ID is not unique",
        "Server function '{0}' has ID '{1}', which '{2}' already uses");

    public static readonly DiagnosticDescriptor InaccessibleFunction = Error(
        "USE0006",
        "Server function is not accessible to generated code",
        "Server function '{0}' is {1}; make it public or internal (and its containing types too) so the generated invoker can call it");

    public static readonly DiagnosticDescriptor MissingAuthorization = Error(
        "USE0007",
        "Server function has no authorization metadata",
        "Server function '{0}' has neither [Authorize] nor [AllowAnonymous] on it or its type, and UseServerRequireAuthorization is true");

    public static readonly DiagnosticDescriptor AsyncVoid = Error(
        "USE0008",
        "Server function cannot be async void",
        "Server function '{0}' is async void; return Task so the caller sees completion and errors");

    public static readonly DiagnosticDescriptor UncreatableType = Error(
        "USE0009",
        "Instance server function on a type DI cannot create",
        "Server function '{0}' is an instance method of '{1}', which is {2}; make the method static or the type a non-abstract class");

    public static readonly DiagnosticDescriptor InvalidId = Error(
        "USE0010",
        "Server function ID is not valid",
        "Server function '{0}' has ID '{1}'; an ID must be 1-256 printable ASCII characters without space, '/', '\\', '?', '%', '{{' or '}}', and not '.' or '..'");

    public static readonly DiagnosticDescriptor BoundNotClientArgument = Error(
        "USE0011",
        "[Bound] parameter is not a client argument",
        "Parameter '{0}' of server function '{1}' is [Bound] but is {2}; only client arguments can be bound (remove [Bound], or change the type to one the client sends)");

    public static readonly DiagnosticDescriptor BoundAfterClientParameter = Error(
        "USE0012",
        "[Bound] parameter must come before the other client parameters",
        "[Bound] parameter '{0}' of server function '{1}' comes after client parameter '{2}'; React prepends bound arguments to the call's own, so every [Bound] parameter must come before every other client parameter");

    public static readonly DiagnosticDescriptor OptionalBoundParameter = Error(
        "USE0013",
        "[Bound] parameter cannot be optional",
        "[Bound] parameter '{0}' of server function '{1}' has a default value; bound arguments are sealed into every reference and are always required (remove the default)");

    public static readonly DiagnosticDescriptor ServiceLikeClientParameter = Warning(
        "USE0014",
        "Server function client parameter looks like a service",
        "Parameter '{0}' of server function '{1}' has type '{2}', whose name ends in '{3}' like a service's, but it is a client argument: the browser sends it and it is deserialized, not injected; add [FromServices] to inject it from DI, or rename or restructure the type if it really is data");

    private static DiagnosticDescriptor Error(string id, string title, string message) =>
        new(id, title, message, Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpBase + id + ".md");

    private static DiagnosticDescriptor Warning(string id, string title, string message) =>
        new(id, title, message, Category, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpBase + id + ".md");
}
