namespace UseServer.Components;

/// <summary>Placeholder: the element model is being built.</summary>
internal abstract class NodePlaceholder;
