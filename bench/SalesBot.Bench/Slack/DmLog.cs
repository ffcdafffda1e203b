namespace SalesBot.Bench.Slack;

/// <summary>The messages SalesBot posted to one DM, in order; <see cref="WaitForAsync"/> returns once there are enough.</summary>
internal sealed class DmLog
{
    private readonly Lock _gate = new();
    private readonly List<string> _texts = [];
    private readonly List<(int Count, TaskCompletionSource Done)> _waiters = [];

    public IReadOnlyList<string> Texts
    {
        get
        {
            lock (_gate)
            {
                return _texts.ToList();
            }
        }
    }

    public void Posted(string text)
    {
        lock (_gate)
        {
            _texts.Add(text);
            foreach (var waiter in _waiters.Where(w => _texts.Count >= w.Count).ToList())
            {
                waiter.Done.TrySetResult();
                _waiters.Remove(waiter);
            }
        }
    }

    /// <summary>True once <paramref name="count"/> messages were posted; false after <paramref name="timeout"/>.</summary>
    public async Task<bool> WaitForAsync(int count, TimeSpan timeout, CancellationToken cancellationToken)
    {
        TaskCompletionSource done;
        lock (_gate)
        {
            if (_texts.Count >= count)
            {
                return true;
            }

            done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((count, done));
        }

        try
        {
            await done.Task.WaitAsync(timeout, cancellationToken);
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    public override string ToString() => string.Join(" | ", Texts.Select(t => t.ReplaceLineEndings(" ")).Select(t => t.Length > 60 ? t[..60] + "..." : t));
}
