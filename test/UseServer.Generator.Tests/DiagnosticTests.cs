using Microsoft.CodeAnalysis;
using UseServer.Generator.Tests.Infrastructure;

namespace UseServer.Generator.Tests;

/// <summary>One test per diagnostic ID: the case that triggers it, where it points, and that nothing is generated for the offender.</summary>
public sealed class DiagnosticTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using Microsoft.AspNetCore.Authorization;
        using Microsoft.AspNetCore.Http;
        using UseServer;
        namespace App;

        """;

    private static Diagnostic Single(string source, string id, bool requireAuthorization = false, DiagnosticSeverity severity = DiagnosticSeverity.Error)
    {
        var (result, _) = GeneratorHarness.Run(Usings + source, requireAuthorization);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(id, diagnostic.Id);
        Assert.Equal(severity, diagnostic.Severity);
        Assert.Equal("https://github.com/useserver/useserver/blob/main/docs/diagnostics/" + id + ".md", diagnostic.Descriptor.HelpLinkUri);
        Assert.True(diagnostic.Location.IsInSource || diagnostic.Location.Kind == LocationKind.ExternalFile, diagnostic.Location.ToString());
        return diagnostic;
    }

    private static string Marked(Diagnostic diagnostic, string source)
    {
        var span = diagnostic.Location.SourceSpan;
        return (Usings + source).Substring(span.Start, span.Length);
    }

    [Theory]
    [InlineData("Action callback")]
    [InlineData("System.Text.Rune letter")]
    [InlineData("List<Func<int>> callbacks")]
    [InlineData("IFormFile file")]
    public void USE0001_unsupported_parameter_type(string parameter)
    {
        var source = "public static class F { [ServerFunction] public static void M(" + parameter + ") { } }";

        var diagnostic = Single(source, "USE0001");

        Assert.Equal(parameter.Split(' ')[1], Marked(diagnostic, source));
    }

    [Fact]
    public void USE0001_form_file_message_points_to_JsBlob()
    {
        var diagnostic = Single("public static class F { [ServerFunction] public static void M(IFormFile file) { } }", "USE0001");

        Assert.Contains("JsBlob", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("Action")]
    [InlineData("Task<Func<int>>")]
    public void USE0002_unsupported_return_type(string returnType)
    {
        var source = "public static class F { [ServerFunction] public static " + returnType + " M() => null!; }";

        Assert.Equal("M", Marked(Single(source, "USE0002"), source));
    }

    [Theory]
    [InlineData("ref int x")]
    [InlineData("out int x")]
    [InlineData("in int x")]
    [InlineData("params int[] x")]
    public void USE0003_by_ref_or_params_parameter(string parameter)
    {
        var source = "public static class F { [ServerFunction] public static void M(" + parameter + ") { " + (parameter.StartsWith("out") ? "x = 0; " : "") + "} }";

        Assert.Equal("x", Marked(Single(source, "USE0003"), source));
    }

    [Theory]
    [InlineData("public static class F { [ServerFunction] public static T M<T>(T value) => value; }")]
    [InlineData("public class F<T> { [ServerFunction] public static int M() => 0; }")]
    public void USE0004_generic_function(string source) => Single(source, "USE0004");

    [Fact]
    public void USE0005_duplicate_id()
    {
        var source = """
            public static class F
            {
                [ServerFunction(Id = "same")] public static int A() => 0;
                [ServerFunction(Id = "same")] public static int B() => 0;
            }
            """;

        var diagnostic = Single(source, "USE0005");

        Assert.Equal("B", Marked(diagnostic, source));
        Assert.Contains("'F.A'", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("public class F { [ServerFunction] private int M() => 0; }")]
    [InlineData("public class F { [ServerFunction] protected int M() => 0; }")]
    [InlineData("public class Outer { private class F { [ServerFunction] public int M() => 0; } }")]
    [InlineData("file class F { [ServerFunction] public int M() => 0; }")]
    public void USE0006_inaccessible_function(string source) => Single(source, "USE0006");

    [Fact]
    public void USE0006_internal_is_fine()
    {
        var (result, _) = GeneratorHarness.Run(Usings + "internal class F { [ServerFunction] internal int M() => 0; }");

        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void USE0007_missing_authorization_when_required()
    {
        var source = """
            public static class F
            {
                [ServerFunction] public static int Open() => 0;
                [ServerFunction, Authorize] public static int Guarded() => 0;
                [ServerFunction, AllowAnonymous] public static int Public() => 0;
            }
            [Authorize] public static class G { [ServerFunction] public static int Inherited() => 0; }
            """;

        Assert.Equal("Open", Marked(Single(source, "USE0007", requireAuthorization: true), source));
        var (result, _) = GeneratorHarness.Run(Usings + source, requireAuthorization: false);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void USE0008_async_void() =>
        Single("public static class F { [ServerFunction] public static async void M() => await Task.Yield(); }", "USE0008");

    [Theory]
    [InlineData("public abstract class F { [ServerFunction] public int M() => 0; }")]
    [InlineData("public struct F { [ServerFunction] public int M() => 0; }")]
    [InlineData("public interface F { [ServerFunction] int M(); }")]
    public void USE0009_instance_function_on_a_type_DI_cannot_create(string source) => Single(source, "USE0009");

    [Theory]
    [InlineData("")]
    [InlineData("has space")]
    [InlineData("tab\\there")]
    [InlineData("a/b")]
    [InlineData("50%")]
    [InlineData("..")]
    [InlineData("caf\u00e9")]
    public void USE0010_invalid_explicit_id(string id) =>
        Single("public static class F { [ServerFunction(Id = \"" + id + "\")] public static int M() => 0; }", "USE0010");

    [Fact]
    public void USE0010_allows_the_generated_shape_and_common_punctuation()
    {
        var (result, _) = GeneratorHarness.Run(Usings + "public static class F { [ServerFunction(Id = \"notes.create#v2:a-b_c~!\")] public static int M() => 0; }");

        Assert.Empty(result.Diagnostics);
    }

    [Theory]
    [InlineData("[Bound] IStore store")]
    [InlineData("[Bound, Microsoft.AspNetCore.Mvc.FromServices] string store")]
    [InlineData("[Bound] System.Threading.CancellationToken store")]
    [InlineData("[Bound] HttpContext store")]
    [InlineData("[Bound] HttpRequest store")]
    [InlineData("[Bound] System.Security.Claims.ClaimsPrincipal store")]
    public void USE0011_bound_parameter_that_is_not_a_client_argument(string parameter)
    {
        var source = "public interface IStore { } public static class F { [ServerFunction] public static void M(" + parameter + ", int id) { } }";

        var diagnostic = Single(source, "USE0011");

        Assert.Equal("store", Marked(diagnostic, source));
    }

    [Theory]
    [InlineData("string title, [Bound] int noteId", "title")]
    [InlineData("[Bound] int first, CancellationToken ct, JsFormData form, [Bound] int noteId", "form")]
    public void USE0012_bound_parameter_after_a_client_parameter(string parameters, string before)
    {
        var source = "public static class F { [ServerFunction] public static void M(" + parameters.Replace("CancellationToken", "System.Threading.CancellationToken") + ") { } }";
        source = source.Replace("JsFormData", "UseServer.Flight.Values.JsFormData");

        var diagnostic = Single(source, "USE0012");

        Assert.Equal("noteId", Marked(diagnostic, source));
        Assert.Contains("'" + before + "'", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void USE0012_injected_parameters_may_sit_between_bound_ones()
    {
        var (result, _) = GeneratorHarness.Run(Usings + """
            public interface IStore { }
            public static class F
            {
                [ServerFunction(Id = "f.m")]
                public static void M([Bound] int a, IStore store, System.Threading.CancellationToken ct, [Bound] string b, bool confirm, string? reason = null) { }
            }
            """);

        Assert.Empty(result.Diagnostics);
        Assert.Contains("createServerReference<(confirm: boolean, reason?: string | null) => Promise<void>>(\"f.m\"", GeneratorHarness.TypeScript(result), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[Bound] int noteId = 0")]
    [InlineData("[Bound] string? noteId = null")]
    [InlineData("[Bound, System.Runtime.InteropServices.Optional] int noteId")]
    public void USE0013_optional_bound_parameter(string parameter)
    {
        var source = "public static class F { [ServerFunction] public static void M(" + parameter + ") { } }";

        Assert.Equal("noteId", Marked(Single(source, "USE0013"), source));
    }

    [Theory]
    [InlineData("public sealed class NotesStore { public string? Name { get; set; } }", "NotesStore store", "Store")]
    [InlineData("public record EmailService(string From);", "EmailService? store", "Service")]
    [InlineData("public struct GitHubClient { public int Port { get; set; } }", "GitHubClient? store", "Client")]
    [InlineData("public class OrderRepository { public int Size { get; set; } }", "OrderRepository store", "Repository")]
    public void USE0014_client_parameter_that_looks_like_a_service(string type, string parameter, string suffix)
    {
        var source = type + " public static class F { [ServerFunction(Id = \"f.m\")] public static void M(" + parameter + ") { } }";

        var diagnostic = Single(source, "USE0014", severity: DiagnosticSeverity.Warning);

        Assert.Equal("store", Marked(diagnostic, source));
        var message = diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains("'" + suffix + "'", message);
        Assert.Contains("[FromServices]", message);
        // A warning: the function is still generated.
        var (result, _) = GeneratorHarness.Run(Usings + source);
        Assert.Contains("\"f.m\"", GeneratorHarness.Generated(result, "ServerFunctions.g.cs"));
    }

    [Theory]
    [InlineData("public sealed class NotesStore { public string? Name { get; set; } }", "[Microsoft.AspNetCore.Mvc.FromServices] NotesStore store")]
    [InlineData("public sealed class NotesStore { public string? Name { get; set; } }", "[Bound] NotesStore store")]
    [InlineData("public sealed class NotesStore(IStore inner) { public IStore Inner => inner; }", "NotesStore store")]
    [InlineData("public interface INotesStore { }", "INotesStore store")]
    [InlineData("public record Store(string Name);", "Store store")]
    [InlineData("public enum PaymentProvider { Stripe, PayPal }", "PaymentProvider store")]
    [InlineData("public record NoteStoreSettings(string Name);", "NoteStoreSettings store")]
    public void USE0014_not_for_services_bound_values_entities_or_enums(string type, string parameter)
    {
        var (result, _) = GeneratorHarness.Run(Usings + "public interface IStore { } " + type
            + " public static class F { [ServerFunction] public static void M(" + parameter + ") { } }");

        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Functions_with_errors_are_not_generated_but_the_others_are()
    {
        var (result, _) = GeneratorHarness.Run(Usings + """
            public static class F
            {
                [ServerFunction(Id = "good")] public static int Good() => 0;
                [ServerFunction(Id = "bad")] public static void Bad(Action a) { }
            }
            """);

        Assert.Equal("USE0001", Assert.Single(result.Diagnostics).Id);
        var code = GeneratorHarness.Generated(result, "ServerFunctions.g.cs");
        Assert.Contains("\"good\"", code);
        Assert.DoesNotContain("\"bad\"", code);
    }
}
