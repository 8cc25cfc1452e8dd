namespace UseServer.Flight;

/// <summary>
/// A client component (or any client module export), written once as an import row
/// <c>&lt;id&gt;:I["moduleId",[chunks…],"exportName"]</c> and referenced as <c>"$L&lt;id&gt;"</c> in an
/// element's type slot or <c>"$&lt;id&gt;"</c> elsewhere (docs/protocol.md, "Responses: Flight"). Equal references share one row.
/// </summary>
/// <param name="moduleId">The bundler's module id, such as <c>./app/Counter.js</c>.</param>
/// <param name="chunks">Flat pairs <c>[chunkId, chunkFilename, …]</c> to load first (webpack flavour).</param>
/// <param name="exportName">The export: <c>"*"</c> for the module, <c>""</c> for the default export, otherwise the name.</param>
/// <param name="async">Whether the module is an async ESM module (adds the trailing <c>1</c>).</param>
public sealed class ClientReference(string moduleId, IReadOnlyList<string> chunks, string exportName, bool async = false)
    : IEquatable<ClientReference>
{
    /// <summary>The bundler's module id.</summary>
    public string ModuleId { get; } = moduleId ?? throw new ArgumentNullException(nameof(moduleId));

    /// <summary>The chunk id and file name pairs.</summary>
    public IReadOnlyList<string> Chunks { get; } = chunks ?? throw new ArgumentNullException(nameof(chunks));

    /// <summary>The export name.</summary>
    public string ExportName { get; } = exportName ?? throw new ArgumentNullException(nameof(exportName));

    /// <summary>Whether the module is async ESM.</summary>
    public bool Async { get; } = async;

    /// <inheritdoc/>
    public bool Equals(ClientReference? other) =>
        other is not null && ModuleId == other.ModuleId && ExportName == other.ExportName && Async == other.Async &&
        Chunks.SequenceEqual(other.Chunks, StringComparer.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ClientReference);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(ModuleId, ExportName, Async, Chunks.Count);
}
