using System.IO.Pipelines;

namespace UseServer.Pages.Rendering;

/// <summary>
/// Writes many small pieces into a <see cref="PipeWriter"/> a block of its memory at a time: one
/// <c>GetSpan</c>/<c>Advance</c> per block instead of one per piece (Kestrel's response writer takes a lock for each;
/// the inliner's escapes made thousands of them per page, issue #13). <see cref="Commit"/> hands over what was written.
/// </summary>
internal ref struct BlockWriter(PipeWriter writer)
{
    private Span<byte> _block;
    private int _used;

    public void Write(ReadOnlySpan<byte> bytes)
    {
        while (bytes.Length > _block.Length - _used)
        {
            int fit = _block.Length - _used;
            bytes[..fit].CopyTo(_block[_used..]);
            _used += fit;
            bytes = bytes[fit..];
            Commit();
            _block = writer.GetSpan(); // a block of the writer's own size: a long run is copied across blocks
        }

        bytes.CopyTo(_block[_used..]);
        _used += bytes.Length;
    }

    /// <summary>Advances the writer past what was written into the current block.</summary>
    public void Commit()
    {
        if (_used > 0)
        {
            writer.Advance(_used);
        }

        _block = default;
        _used = 0;
    }
}
