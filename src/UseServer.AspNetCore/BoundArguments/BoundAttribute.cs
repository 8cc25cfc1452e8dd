namespace UseServer;

/// <summary>
/// Marks a leading parameter of a server function as a <em>bound</em> (captured) argument: its value is
/// never sent by the client in the clear. The server mints a reference with
/// <see cref="IServerFunctionReferences.Bind(string, object?[])"/>, which seals the values with ASP.NET Data
/// Protection; the client passes the sealed token back as the call's first argument, and the host unseals
/// it before binding. A call without a valid token for this function is a uniform 400 and nothing runs.
/// </summary>
/// <remarks>
/// Bound parameters must come first among the client parameters (the order React prepends bound
/// arguments in) and are always required. See <c>docs/bound-arguments.md</c>.
/// </remarks>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = true)]
public sealed class BoundAttribute : Attribute
{
}
