using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using UseServer.Generator.Diagnostics;
using UseServer.Generator.Emitting;
using UseServer.Generator.Model;
using UseServer.Generator.Parsing;

namespace UseServer.Generator;

/// <summary>
/// Pipeline: [ServerFunction] methods and classes → parsed, equatable models (+ diagnostics) → one
/// registry source and one TypeScript carrier for the whole assembly. Diagnostics flow through their own
/// outputs. Step names are public so tests can assert what was cached.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class ServerFunctionGenerator : IIncrementalGenerator
{
    /// <summary>Tracking names of the pipeline steps.</summary>
    internal static class Steps
    {
        /// <summary>Parsed [ServerFunction] methods.</summary>
        public const string Methods = "UseServer.Methods";

        /// <summary>Parsed [ServerFunction] classes.</summary>
        public const string Classes = "UseServer.Classes";

        /// <summary>All functions of the compilation, collected.</summary>
        public const string Functions = "UseServer.Functions";

        /// <summary>The functions as the emitters see them: without source locations, so moving code does not re-emit.</summary>
        public const string Emitted = "UseServer.Emitted";

        /// <summary>The UseServerRequireAuthorization build property.</summary>
        public const string RequireAuthorization = "UseServer.RequireAuthorization";
    }

    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var methods = context.SyntaxProvider.ForAttributeWithMetadataName(
                TypeNames.ServerFunctionAttribute,
                static (node, _) => node is MethodDeclarationSyntax,
                FunctionParser.Parse)
            .WithTrackingName(Steps.Methods);
        var classes = context.SyntaxProvider.ForAttributeWithMetadataName(
                TypeNames.ServerFunctionAttribute,
                static (node, _) => node is ClassDeclarationSyntax or RecordDeclarationSyntax,
                FunctionParser.Parse)
            .WithTrackingName(Steps.Classes);

        var parsed = methods.Collect().Combine(classes.Collect())
            .Select(static (pair, _) => pair.Left.Concat(pair.Right).ToEquatableArray());

        // Diagnostics found while parsing one target.
        context.RegisterSourceOutput(parsed.SelectMany(static (results, _) => results.SelectMany(r => r.Diagnostics)),
            static (spc, diagnostic) => spc.ReportDiagnostic(diagnostic.ToDiagnostic()));

        var functions = parsed
            .Select(static (results, _) => results.SelectMany(r => r.Functions)
                .OrderBy(f => f.Id, System.StringComparer.Ordinal).ToEquatableArray())
            .WithTrackingName(Steps.Functions);

        // Diagnostics that need every function (duplicate IDs) or the build's options (authorization).
        var requireAuthorization = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) =>
                options.GlobalOptions.TryGetValue("build_property.UseServerRequireAuthorization", out var value)
                && string.Equals(value?.Trim(), "true", System.StringComparison.OrdinalIgnoreCase))
            .WithTrackingName(Steps.RequireAuthorization);
        context.RegisterSourceOutput(functions.Combine(requireAuthorization), static (spc, input) =>
        {
            foreach (var diagnostic in CompilationChecks.Check(input.Left, input.Right))
            {
                spc.ReportDiagnostic(diagnostic.ToDiagnostic());
            }
        });

        var emitted = functions
            .Select(static (all, _) => all.Select(f => f with { Location = null }).ToEquatableArray())
            .WithTrackingName(Steps.Emitted);
        context.RegisterSourceOutput(emitted, static (spc, all) =>
        {
            if (all.Count == 0)
            {
                return;
            }

            spc.AddSource("ServerFunctions.g.cs", RegistryEmitter.Emit(all));
            spc.AddSource(TypeScriptCarrierEmitter.HintName, TypeScriptCarrierEmitter.Emit(TypeScriptEmitter.Emit(all)));
        });
    }
}
