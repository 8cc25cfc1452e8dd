using System.Buffers;

namespace UseServer.Pages.Rendering.V8;

/// <content>
/// The pump: on the isolate's thread, a Flight chunk goes into the exchange buffer, <c>__ssr_step</c> pushes it and
/// runs React's timers, and the HTML React made comes back, step after step until React has nothing more to do.
/// </content>
internal sealed partial class V8HtmlRenderer
{
    /// <summary>Runs React's queued work and takes its HTML until neither makes progress, after pushing the input if there is some.</summary>
    private PumpResult Pump(V8RenderEngine engine, PumpInput input)
    {
        int length = checked((int)input.Flight.Length);
        if (length > 0)
        {
            engine.WriteExchange(input.Flight);
            input.Inliner.AddFlight(input.Flight);
        }

        PumpResult result = PumpResult.Idle;
        bool first = true;
        while (true)
        {
            V8Step step = engine.Step(input.Handle, first ? length : 0, first && input.End);
            first = false;
            if (step.Done)
            {
                return PumpResult.Done;
            }

            if (step.HasErrors)
            {
                LogErrors(engine, input.Handle);
            }

            if (step.Bytes > 0)
            {
                byte[] bytes = ArrayPool<byte>.Shared.Rent(step.Bytes); // a page's HTML is tens of KB: not a new array each time
                engine.ReadExchange(bytes.AsSpan(0, step.Bytes));
                input.Inliner.WriteHtml(bytes.AsSpan(0, step.Bytes));
                ArrayPool<byte>.Shared.Return(bytes);
                result = PumpResult.Wrote;
            }
            else if (!step.Active)
            {
                return result;
            }
        }
    }

    private enum PumpResult
    {
        Idle,
        Wrote,
        Done,
    }

    /// <summary>What the next pump hands the engine: the render, its inliner, and the Flight chunk read since the last pump (if any).</summary>
    private sealed class PumpInput(V8HtmlRenderer renderer, object handle, FlightInliner inliner)
    {
        public object Handle => handle;

        public FlightInliner Inliner => inliner;

        public ReadOnlySequence<byte> Flight { get; private set; }

        public bool End { get; private set; }

        public bool HasFlight { get; private set; }

        /// <summary>The pump, as the engine's thread runs it (one delegate for the whole render).</summary>
        public Func<V8RenderEngine, (PumpResult, bool)> Run => _run ??= e => (renderer.Pump(e, this), e.OverHeapLimit);

        private Func<V8RenderEngine, (PumpResult, bool)>? _run;

        public void Set(ReadOnlySequence<byte> flight, bool end)
        {
            Flight = flight;
            End = end;
            HasFlight = true;
        }

        public void Clear()
        {
            Flight = default;
            End = false;
            HasFlight = false;
        }
    }
}
