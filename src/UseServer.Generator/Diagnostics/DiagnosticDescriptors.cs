using Microsoft.CodeAnalysis;

namespace UseServer.Generator.Diagnostics;

/// <summary>
/// Every diagnostic the generator reports. IDs are permanent: a retired ID stays here as a comment and is
/// never reused. Each has a page at docs/diagnostics/USE000N.md and a line in AnalyzerReleases.*.md.
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

    private static DiagnosticDescriptor Error(string id, string title, string message) =>
        new(id, title, message, Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpBase + id + ".md");
}
