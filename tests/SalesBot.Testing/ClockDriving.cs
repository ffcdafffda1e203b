using Microsoft.Extensions.Time.Testing;

namespace SalesBot.Testing;

/// <summary>
/// For code that waits on the injected clock (a back-off, a Retry-After, a reconnect delay) while the test awaits the
/// outcome: Microsoft's <see cref="FakeTimeProvider"/> moves only when told, so the test moves it on in small steps
/// until the awaited work is done. The real-time bound keeps a test that never finishes from hanging.
/// </summary>
public static class ClockDriving
{
    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(10);

    /// <summary>Advances <paramref name="clock"/> by <paramref name="step"/> every few milliseconds until <paramref name="work"/> completes.</summary>
    public static async Task<T> AdvanceUntilDoneAsync<T>(this FakeTimeProvider clock, Task<T> work, TimeSpan step, TimeSpan? timeout = null)
    {
        await clock.AdvanceUntilDoneAsync((Task)work, step, timeout);
        return await work;
    }

    /// <inheritdoc cref="AdvanceUntilDoneAsync{T}(FakeTimeProvider, Task{T}, TimeSpan, TimeSpan?)"/>
    public static async Task AdvanceUntilDoneAsync(this FakeTimeProvider clock, Task work, TimeSpan step, TimeSpan? timeout = null)
    {
        await clock.AdvanceUntilAsync(() => work.IsCompleted, step, timeout);
        await work;
    }

    /// <summary>Advances <paramref name="clock"/> by <paramref name="step"/> every few milliseconds until <paramref name="done"/> is true.</summary>
    public static async Task AdvanceUntilAsync(this FakeTimeProvider clock, Func<bool> done, TimeSpan step, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(done);
        var until = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (!done())
        {
            if (DateTime.UtcNow > until)
            {
                throw new TimeoutException($"Still not done after moving the fake clock to {clock.GetUtcNow():O}.");
            }

            await Task.Delay(Pause);
            clock.Advance(step);
        }
    }
}
