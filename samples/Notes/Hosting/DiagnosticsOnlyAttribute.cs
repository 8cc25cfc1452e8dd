namespace Notes.Hosting;

/// <summary>
/// Marks server functions that exist for tests and measurements only (Functions/DiagnosticsFunctions.cs): their
/// endpoints answer 404 unless <c>Notes:Diagnostics:Enabled</c> is true (<see cref="NotesDiagnostics"/>). The
/// attribute is endpoint metadata, as every attribute of a server function's class is.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, Inherited = false)]
internal sealed class DiagnosticsOnlyAttribute : Attribute;
