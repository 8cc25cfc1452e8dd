namespace UseServer.Flight.Reply;

/// <summary>One entry of a reply body: a text field (UTF-8 JSON for model parts) or a file.</summary>
/// <param name="Name">The field name exactly as sent (decimal part ids, <c>_n_name</c>, <c>Sn</c>).</param>
/// <param name="Data">The field's UTF-8 text or the file's bytes.</param>
/// <param name="IsFile">Whether the entry was sent as a file (it had a <c>filename</c>).</param>
/// <param name="FileName">The file name, for files.</param>
/// <param name="ContentType">The file's content type, for files (empty when the client gave none).</param>
internal readonly record struct ReplyPart(string Name, ReadOnlyMemory<byte> Data, bool IsFile, string? FileName, string? ContentType);
