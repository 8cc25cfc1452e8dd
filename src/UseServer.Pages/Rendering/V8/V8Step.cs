namespace UseServer.Pages.Rendering.V8;

/// <summary>
/// What one <c>__ssr_step</c> of the server bundle reports (src/client/src/ssr/index.ts), as one number: the HTML bytes it
/// left in the exchange buffer times <see cref="Scale"/> plus flags, or <see cref="DoneValue"/> once the render is over.
/// </summary>
internal readonly record struct V8Step(long Value)
{
    /// <summary>The render is complete: no HTML remains.</summary>
    public const long DoneValue = -1;

    /// <summary>The byte count sits above the three flag bits.</summary>
    public const long Scale = 8;

    /// <summary>Work may remain: bytes were pushed or timers ran, and the microtasks they queued ran as the step returned.</summary>
    private const long ActiveFlag = 1;

    /// <summary>React reported recoverable errors (<c>__ssr_errors</c> collects them).</summary>
    private const long ErrorsFlag = 2;

    /// <summary>The bundle replaced the exchange buffer with a larger one to hold the HTML.</summary>
    private const long ReplacedFlag = 4;

    public bool Done => Value == DoneValue;

    public int Bytes => Done ? 0 : (Value / Scale) is var bytes and <= int.MaxValue ? (int)bytes
        : throw new HtmlRenderException("React produced more HTML in one step than a buffer holds (2 GiB).");

    public bool Active => !Done && (Value & ActiveFlag) != 0;

    public bool HasErrors => !Done && (Value & ErrorsFlag) != 0;

    public bool Replaced => !Done && (Value & ReplacedFlag) != 0;
}
