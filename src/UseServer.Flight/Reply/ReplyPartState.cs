using UseServer.Flight.Values;

namespace UseServer.Flight.Reply;

/// <summary>What the decoder knows about one model part: whether it was revived, its value, and which single-use initializers consumed it.</summary>
internal sealed class ReplyPartState(int id)
{
    /// <summary>The part id (hex in references, decimal in the part name).</summary>
    public int Id { get; } = id;

    /// <summary>The part's JSON is being revived now (it is on the decoder's part stack).</summary>
    public bool InProgress { get; set; }

    /// <summary>The part's JSON was revived; <see cref="Value"/> is final.</summary>
    public bool Done { get; set; }

    /// <summary>The revived value; while <see cref="InProgress"/>, the root container if it was already created.</summary>
    public JsValue? Value { get; set; }

    /// <summary>A Map, Set or iterator was built from this part (each part backs at most one).</summary>
    public bool InitializerConsumed { get; set; }

    /// <summary>A typed array or ArrayBuffer was built over this file part (each part backs at most one).</summary>
    public bool BytesConsumed { get; set; }

    /// <summary>A stream or async iterable was built from the entries with this id (each id backs at most one).</summary>
    public bool StreamConsumed { get; set; }

    /// <summary>The promise <c>$@id</c> decodes to, shared by every use.</summary>
    public JsPromise? Promise { get; set; }

    /// <summary>The blob <c>$Bid</c> decodes to, shared by every use.</summary>
    public JsBlob? Blob { get; set; }

    /// <summary>The FormData <c>$Kid</c> decodes to, shared by every use.</summary>
    public JsFormData? FormData { get; set; }

    /// <summary>The server reference <c>$hid</c> decodes to, shared by every use.</summary>
    public JsServerReference? ServerReference { get; set; }
}
