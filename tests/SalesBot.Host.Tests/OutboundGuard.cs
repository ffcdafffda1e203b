using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace SalesBot.Host.Tests;

/// <summary>
/// The primary handler of every HttpClient in the host under test: connections to loopback go through over real sockets,
/// any other connection is recorded and refused, so a test can show that nothing left the machine.
/// </summary>
public sealed class OutboundGuard
{
    private readonly ConcurrentQueue<string> _refused = new();

    /// <summary>host:port of every non-loopback connection the host tried to open.</summary>
    public IReadOnlyCollection<string> Refused => _refused.ToArray();

    public HttpMessageHandler CreateHandler() => new SocketsHttpHandler
    {
        UseProxy = false,
        ConnectCallback = async (context, cancellationToken) =>
        {
            var endpoint = context.DnsEndPoint;
            if (!IsLoopback(endpoint.Host))
            {
                _refused.Enqueue($"{endpoint.Host}:{endpoint.Port}");
                throw new HttpRequestException($"Tests do not connect outside this machine ({endpoint.Host}:{endpoint.Port}).");
            }

            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(endpoint, cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        },
    };

    private static bool IsLoopback(string host) =>
        string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
}
