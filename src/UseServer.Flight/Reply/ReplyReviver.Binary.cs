using UseServer.Flight.Values;

namespace UseServer.Flight.Reply;

/// <content>Blob, File, ArrayBuffer, typed-array and DataView values: file parts.</content>
internal sealed partial class ReplyReviver
{
    /// <summary>
    /// <c>$B&lt;id&gt;</c>: part <c>id</c> must be a file. A file named <c>"blob"</c> is what browsers send for a plain
    /// Blob, so it decodes with <see cref="JsBlob.FileName"/> null (a File literally named "blob" cannot be told
    /// apart, as in React). The content type is kept exactly as sent. Every use shares one blob.
    /// </summary>
    private JsBlob ResolveBlob(int id)
    {
        var state = State(id);
        if (state.Blob is not null)
        {
            _budget.AddReferenced(state.Blob);
            return state.Blob;
        }

        var part = FilePart(id, "Blob");
        string? fileName = part.FileName == ReplyTags.BlobFileName ? null : part.FileName ?? string.Empty;
        state.Blob = new JsBlob(part.Data, part.ContentType ?? string.Empty, fileName);
        _budget.Add(1); // bytes that are in the body count once, as one value; a repeated use counts them in full
        return state.Blob;
    }

    /// <summary>
    /// <c>$A $O $o $U $S $s $L $l $G $g $M $m $V</c>: part <c>id</c> must be a file whose length is a multiple of
    /// the element size; each part backs at most one view. The view shares the payload's bytes.
    /// </summary>
    private JsTypedArray ResolveTypedArray(int id, JsTypedArrayKind kind)
    {
        var state = State(id);
        if (state.BytesConsumed)
        {
            throw Fail(ReplyErrorCode.InvalidInitializer, $"Part {id} already initialized a typed array; binary parts are single use.");
        }

        state.BytesConsumed = true;
        var part = FilePart(id, kind.ToString());
        if (part.Data.Length % JsTypedArray.ElementSize(kind) != 0)
        {
            throw Fail(ReplyErrorCode.InvalidInitializer, $"Part {id} has {part.Data.Length} bytes, not a whole number of {kind} elements.");
        }

        _budget.Add(1); // as for blobs: the body's own bytes are bounded by the body size; re-references count them in full
        return new JsTypedArray(kind, part.Data);
    }

    private ReplyPart FilePart(int id, string what)
    {
        if (!_payload.TryGetPart(_prefix, id, out var part))
        {
            throw Fail(ReplyErrorCode.InvalidReference, $"A {what} reference names part {id}, which the body does not have.");
        }

        return part.IsFile ? part : throw Fail(ReplyErrorCode.InvalidInitializer, $"Part {id} is not a file, so it cannot be a {what}.");
    }
}
