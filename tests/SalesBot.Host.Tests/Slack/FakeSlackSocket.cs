using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Channels;

namespace SalesBot.Host.Tests.Slack;

/// <summary>
/// The server end of one Socket Mode WebSocket on the fake Slack. Normally it keeps reading (which also answers the client's
/// pings); a "silent" socket stops reading after hello, like a connection that died without closing.
/// </summary>
public sealed class FakeSlackSocket
{
    private readonly WebSocket _socket;
    private readonly Channel<JsonObject> _received = Channel.CreateUnbounded<JsonObject>();
    private readonly TaskCompletionSource _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public FakeSlackSocket(WebSocket socket, int number, bool silent)
    {
        _socket = socket;
        Number = number;
        Silent = silent;
    }

    public int Number { get; }

    public bool Silent { get; }

    /// <summary>Completes when the client closed or aborted the socket (or the fake aborted it).</summary>
    public Task Closed => _closed.Task;

    public async Task SendAsync(JsonObject message) =>
        await _socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, true, CancellationToken.None);

    /// <summary>The next message the client sent (an ack), or a failure after the timeout.</summary>
    public async Task<JsonObject> ReceiveAsync(TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(10));
        return await _received.Reader.ReadAsync(cts.Token);
    }

    /// <summary>Kills the TCP connection without a close handshake.</summary>
    public void Abort()
    {
        _socket.Abort();
        _closed.TrySetResult();
    }

    /// <summary>Runs for the lifetime of the request that carries the socket.</summary>
    internal async Task RunAsync(CancellationToken aborted)
    {
        await SendAsync(new JsonObject { ["type"] = "hello", ["num_connections"] = 1 });
        if (Silent)
        {
            await Task.WhenAny(_closed.Task, Task.Delay(Timeout.Infinite, aborted)).ContinueWith(_ => { }, TaskScheduler.Default);
            _socket.Abort();
            _closed.TrySetResult();
            return;
        }

        var buffer = new byte[64 * 1024];
        try
        {
            while (_socket.State == WebSocketState.Open)
            {
                using var message = new MemoryStream();
                WebSocketReceiveResult result;
                do
                {
                    result = await _socket.ReceiveAsync(buffer, aborted);
                    message.Write(buffer, 0, result.Count);
                }
                while (!result.EndOfMessage);

                if (result.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }

                _received.Writer.TryWrite(JsonNode.Parse(message.ToArray())!.AsObject());
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or IOException)
        {
            // The client went away: that is what the reconnect tests provoke.
        }
        finally
        {
            _closed.TrySetResult();
        }
    }
}
