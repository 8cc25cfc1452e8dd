using System.Collections;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using UseServer.Generator.Tests.Infrastructure;
using Steps = UseServer.Generator.ServerFunctionGenerator.Steps;

namespace UseServer.Generator.Tests;

/// <summary>The pipeline caches: edits that do not change a server function's signature do no emitting work.</summary>
public sealed class IncrementalityTests
{
    private static (GeneratorRunResult First, GeneratorRunResult Second) RunTwice(Func<Compilation, Compilation> edit)
    {
        var compilation = GeneratorHarness.Compilation(Scenarios.Notes, "namespace Other; public static class Unrelated { public static int One() => 1; }");
        var driver = GeneratorHarness.Driver().RunGenerators(compilation);
        var first = driver.GetRunResult().Results.Single();
        driver = driver.RunGenerators(edit(compilation));
        return (first, driver.GetRunResult().Results.Single());
    }

    private static Compilation Replace(Compilation compilation, string path, string oldText, string newText)
    {
        var tree = compilation.SyntaxTrees.Single(t => t.FilePath == path);
        var text = tree.GetText().ToString();
        Assert.Contains(oldText, text);
        return compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(text.Replace(oldText, newText))));
    }

    private static IEnumerable<IncrementalStepRunReason> Reasons(GeneratorRunResult result, string step) =>
        result.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason);

    private static IEnumerable<IncrementalStepRunReason> OutputReasons(GeneratorRunResult result) =>
        result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).Select(o => o.Reason);

    [Fact]
    public void Editing_an_unrelated_file_reuses_every_step_and_output()
    {
        var (_, second) = RunTwice(c => Replace(c, "Source1.cs", "=> 1;", "=> 2;"));

        Assert.All(Reasons(second, Steps.Methods), r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, r.ToString()));
        Assert.All(Reasons(second, Steps.Functions), r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, r.ToString()));
        Assert.NotEmpty(OutputReasons(second));
        Assert.All(OutputReasons(second), r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, r.ToString()));
    }

    [Fact]
    public void Editing_the_last_method_body_reparses_but_does_no_other_work()
    {
        var (_, second) = RunTwice(c => Replace(c, "Source0.cs", "=> Task.CompletedTask;", "=> Task.Delay(1);"));

        Assert.Contains(Reasons(second, Steps.Methods), r => r is IncrementalStepRunReason.Unchanged);
        Assert.All(Reasons(second, Steps.Functions), r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, r.ToString()));
        Assert.All(OutputReasons(second), r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, r.ToString()));
    }

    [Fact]
    public void Moving_functions_down_a_file_updates_diagnostic_locations_but_not_the_emitted_model()
    {
        var (_, second) = RunTwice(c => Replace(c, "Source0.cs", "await Task.Yield();", "await Task.Delay(1);"));

        Assert.Contains(Reasons(second, Steps.Functions), r => r is IncrementalStepRunReason.Modified);
        Assert.All(Reasons(second, Steps.Emitted), r => Assert.Equal(IncrementalStepRunReason.Unchanged, r));
    }

    [Fact]
    public void Changing_a_signature_re_emits()
    {
        var (_, second) = RunTwice(c => Replace(c, "Source0.cs", "string title, Priority priority", "string heading, Priority priority"));

        Assert.Contains(Reasons(second, Steps.Emitted), r => r is IncrementalStepRunReason.Modified);
        Assert.Contains(OutputReasons(second), r => r is IncrementalStepRunReason.Modified);
    }

    [Fact]
    public void Pipeline_steps_hold_no_symbols_syntax_or_compilations()
    {
        var (first, _) = RunTwice(c => c);

        foreach (var step in new[] { Steps.Methods, Steps.Classes, Steps.Functions, Steps.Emitted })
        {
            foreach (var output in first.TrackedSteps.GetValueOrDefault(step, []).SelectMany(s => s.Outputs))
            {
                AssertNoRoslynObjects(output.Value, step);
            }
        }
    }

    private static void AssertNoRoslynObjects(object? value, string path)
    {
        switch (value)
        {
            case null or string or bool or int or Enum:
                return;
            case ISymbol or SyntaxNode or SemanticModel or Compilation or SyntaxTree:
                Assert.Fail(path + " holds a " + value.GetType().Name);
                return;
            case DiagnosticDescriptor or Microsoft.CodeAnalysis.Text.TextSpan or Microsoft.CodeAnalysis.Text.LinePositionSpan:
                return;
            case IEnumerable items:
                foreach (var item in items)
                {
                    AssertNoRoslynObjects(item, path + "[]");
                }

                return;
        }

        Assert.StartsWith("UseServer.Generator.Model", value.GetType().Namespace);
        foreach (var property in value.GetType().GetProperties().Where(p => p.GetIndexParameters().Length == 0))
        {
            AssertNoRoslynObjects(property.GetValue(value), path + "." + property.Name);
        }
    }
}
