namespace Notes.Functions;

/// <summary>
/// <c>Notes:ArtificialDelayMs</c> (default 0): slows the writing functions down, to watch the pending
/// states by hand. Never set in production.
/// </summary>
public sealed class ArtificialDelay(IConfiguration configuration, TimeProvider clock)
{
    private readonly TimeSpan _delay = TimeSpan.FromMilliseconds(Math.Clamp(configuration.GetValue("Notes:ArtificialDelayMs", 0), 0, 10_000));

    public Task WaitAsync(CancellationToken cancellationToken) =>
        _delay == TimeSpan.Zero ? Task.CompletedTask : Task.Delay(_delay, clock, cancellationToken);
}
