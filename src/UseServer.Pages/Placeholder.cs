namespace UseServer.Pages;

/// <summary>Placeholder: pages are being built.</summary>
internal static class PagesPlaceholder;
