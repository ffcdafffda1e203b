using SalesBot.Host.Tests.ScaleOut;

namespace SalesBot.Host.Tests.CrashReplay;

/// <summary>
/// One SalesBot instance that the test kills (kill -9) and starts again on the same database and settings, as a process
/// supervisor would. Senders ask for the instance that is up; after a failed send they wait for the next one.
/// </summary>
public sealed class RestartingHost(IReadOnlyDictionary<string, string> settings) : IAsyncDisposable
{
    private readonly List<string> _deadOutput = [];
    private TaskCompletionSource<HostProcess> _up = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private HostProcess? _current;
    private int _starts;

    public int Kills { get; private set; }

    public async Task StartAsync()
    {
        var host = await HostProcess.StartAsync($"instance #{++_starts}", settings);
        _current = host;
        _up.SetResult(host);
    }

    /// <summary>The instance that is up now, or the next one to come up.</summary>
    public Task<HostProcess> UpAsync() => Volatile.Read(ref _up).Task;

    /// <summary>Kills the running instance with SIGKILL and starts a new one over the same database.</summary>
    public async Task KillAndRestartAsync()
    {
        var dead = _current!;
        Volatile.Write(ref _up, new TaskCompletionSource<HostProcess>(TaskCreationOptions.RunContinuationsAsynchronously));
        await dead.KillAsync();
        Kills++;
        lock (_deadOutput)
        {
            _deadOutput.Add(dead.Tail(25));
        }

        await dead.DisposeAsync();
        await StartAsync();
    }

    /// <summary>The ends of the consoles of every instance so far, for failure messages.</summary>
    public string Logs()
    {
        lock (_deadOutput)
        {
            return string.Join('\n', _deadOutput) + "\n" + (_current?.Tail(40) ?? "");
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_current is not null)
        {
            await _current.DisposeAsync();
        }
    }
}
