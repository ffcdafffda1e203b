using System.Collections.Concurrent;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;

namespace SalesBot.Host.Tests;

/// <summary>
/// The primary handler of every HttpClient in the host under test: connections to loopback go through over real sockets,
/// any other connection is recorded and refused, so a test can show that nothing left the machine.
/// </summary>
public sealed class OutboundGuard
{
    private readonly ConcurrentQueue<string> _refused = new();
    private readonly ConcurrentDictionary<string, int> _aliases = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, bool> _trusted = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Makes a test host name (e.g. connector.test) connect to a port on 127.0.0.1, like a hosts-file entry.</summary>
    public void Alias(string host, int port) => _aliases[host] = port;

    /// <summary>Trusts a test server's self-signed certificate (by thumbprint), and nothing else that is not valid.</summary>
    public void Trust(X509Certificate2 certificate) => _trusted[certificate.Thumbprint] = true;

    /// <summary>host:port of every non-loopback connection the host tried to open.</summary>
    public IReadOnlyCollection<string> Refused => _refused.ToArray();

    public HttpMessageHandler CreateHandler() => new SocketsHttpHandler
    {
        UseProxy = false,
        SslOptions = new SslClientAuthenticationOptions
        {
            RemoteCertificateValidationCallback = (_, certificate, _, errors) =>
                errors == SslPolicyErrors.None || (certificate is not null && _trusted.ContainsKey(certificate.GetCertHashString())),
        },
        ConnectCallback = async (context, cancellationToken) =>
        {
            var endpoint = context.DnsEndPoint;
            if (_aliases.TryGetValue(endpoint.Host, out var aliasPort))
            {
                endpoint = new DnsEndPoint("127.0.0.1", aliasPort);
            }

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
