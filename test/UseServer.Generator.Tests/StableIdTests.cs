using UseServer.Generator.Parsing;
using UseServer.Generator.Tests.Infrastructure;

namespace UseServer.Generator.Tests;

/// <summary>Derived IDs depend on the signature only: same signature, same ID, in any compilation.</summary>
public sealed class StableIdTests
{
    private const string Template = """
        using System.Threading;
        using UseServer;
        namespace App.Notes;
        public static class Functions
        {
            // filler: FILLER
            [ServerFunction]
            public static int Create(PARAMS) => 0;
        }
        """;

    private static string IdOf(string parameters, string filler = "")
    {
        var (result, _) = GeneratorHarness.Run(Template.Replace("PARAMS", parameters).Replace("FILLER", filler));
        var line = GeneratorHarness.Generated(result, "ServerFunctions.g.cs").Split('\n').Single(l => l.TrimStart().StartsWith("Id = ", StringComparison.Ordinal));
        return line.Trim()[6..^2];
    }

    [Fact]
    public void Same_signature_gives_the_same_id_in_two_compilations()
    {
        var first = IdOf("string title, int count");
        var second = IdOf("string title, int count", filler: "a different file around the same method");

        Assert.Equal(first, second);
        Assert.Matches("^App\\.Notes\\.Functions\\.Create#[0-9a-f]{12}$", first);
    }

    [Fact]
    public void Id_is_the_documented_hash_of_the_canonical_signature()
    {
        var expected = StableId.Derive("App.Notes.Functions", "Create", ["System.String", "System.Int32"]);

        Assert.Equal(expected, IdOf("string title, int count"));
        Assert.Equal("useserver-id-v1|App.Notes.Functions|Create|System.String,System.Int32",
            StableId.Canonical("App.Notes.Functions", "Create", ["System.String", "System.Int32"]));
        // Pinned: the ID must never change for this signature, on any machine or compiler version.
        Assert.Equal("App.Notes.Functions.Create#" + Sha256Prefix("useserver-id-v1|App.Notes.Functions|Create|System.String,System.Int32"), expected);
    }

    [Fact]
    public void Parameter_names_nullability_and_injected_parameters_do_not_change_the_id()
    {
        var id = IdOf("string title, int count");

        Assert.Equal(id, IdOf("string name, int n"));
        Assert.Equal(id, IdOf("string? title, int count"));
        Assert.Equal(id, IdOf("string title, CancellationToken ct, int count"));
    }

    [Fact]
    public void A_different_signature_gives_a_different_id()
    {
        var id = IdOf("string title, int count");

        Assert.NotEqual(id, IdOf("string title, long count"));
        Assert.NotEqual(id, IdOf("int count, string title"));
        Assert.NotEqual(id, IdOf("string title"));
    }

    private static string Sha256Prefix(string text) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)))[..12];

    [Fact]
    public void Derived_ids_are_printable_ascii_within_the_host_limit_whatever_the_names()
    {
        var id = StableId.Derive("App.Caf\u00e9." + new string('L', 300), "M\u00e9thode", []);

        Assert.True(id.Length <= 256, id.Length.ToString());
        Assert.All(id, c => Assert.InRange(c, '!', '~'));
        Assert.StartsWith("App.Caf_.LLL", id);
        Assert.NotEqual(id, StableId.Derive("App.Caf\u00e8." + new string('L', 300), "M\u00e9thode", []));
    }
}
