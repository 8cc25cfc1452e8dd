namespace UseServer.Pages.Navigation;

/// <summary>The IDs of the client modules of <c>@useserver/client</c> itself (its Vite plugin's scan.ts names the same).</summary>
internal static class PackageModules
{
    /// <summary><c>Link</c>: client navigation.</summary>
    public const string Link = "@useserver/client/link";

    /// <summary><c>SegmentBoundary</c>, <c>ErrorMessage</c>, <c>ErrorDigest</c>, <c>RetryButton</c>.</summary>
    public const string Segment = "@useserver/client/segment";
}
