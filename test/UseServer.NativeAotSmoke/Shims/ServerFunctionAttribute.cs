// Stand-in until the runtime branch that defines it is merged (see the csproj). Mirrors test/UseServer.Generator.Tests/Infrastructure/RuntimeShims.cs.
#nullable enable
namespace UseServer;

[System.AttributeUsage(System.AttributeTargets.Method | System.AttributeTargets.Class, Inherited = false)]
public sealed class ServerFunctionAttribute : System.Attribute
{
    public string? Id { get; set; }
}
