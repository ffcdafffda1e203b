using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using SalesBot.Slack.Endpoints;

namespace SalesBot.Slack.SocketMode;

/// <summary>
/// One Socket Mode WebSocket: waits for "hello", acks every envelope by its envelope_id as soon as its work is in the inbox, and returns
/// when Slack asks for a reconnect ("disconnect"), the socket closes or breaks, or the ping watchdog finds it dead.
/// </summary>
internal sealed partial class SocketModeConnection(ClientWebSocket socket, SocketEnvelopeHandler handler, SlackSocketModeOptions options, ILogger logger)
{
    private const int MaxMessageBytes = 4 * 1024 * 1024;

    /// <summary>Whether Slack greeted this connection (a good connection resets the reconnect backoff).</summary>
    public bool Greeted { get; private set; }

    public async Task<string> RunAsync(CancellationToken cancellationToken)
    {
        using var hello = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        hello.CancelAfter(options.HelloTimeout);
        while (socket.State == WebSocketState.Open)
        {
            string? text;
            try
            {
                text = await ReceiveAsync(Greeted ? cancellationToken : hello.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return "no hello in time";
            }

            if (text is null)
            {
                return "closed by Slack";
            }

            using var json = SlackJson.Parse(Encoding.UTF8.GetBytes(text));
            if (json is null || json.RootElement.ValueKind != JsonValueKind.Object)
            {
                Log.Garbage(logger);
                continue;
            }

            switch (JsonFields.Str(json.RootElement, "type"))
            {
                case "hello":
                    Greeted = true;
                    Log.Hello(logger);
                    continue;
                case "disconnect":
                    return "disconnect: " + (JsonFields.Str(json.RootElement, "reason") ?? "no reason");
            }

            if (await handler.HandleAsync(json.RootElement, cancellationToken) is { } ack)
            {
                await socket.SendAsync(Encoding.UTF8.GetBytes(ack.ToJsonString()), WebSocketMessageType.Text, true, cancellationToken);
            }
        }

        return "socket " + socket.State;
    }

    private async Task<string?> ReceiveAsync(CancellationToken cancellationToken)
    {
        using var message = new MemoryStream();
        var buffer = new byte[16 * 1024];
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer, cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            message.Write(buffer, 0, result.Count);
            if (message.Length > MaxMessageBytes)
            {
                throw new WebSocketException("A Socket Mode message was larger than 4 MB.");
            }

            if (result.EndOfMessage)
            {
                return Encoding.UTF8.GetString(message.GetBuffer(), 0, (int)message.Length);
            }
        }
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Information, "Slack Socket Mode connected (hello)")]
        public static partial void Hello(ILogger logger);

        [LoggerMessage(2, LogLevel.Warning, "Slack Socket Mode sent something that is not a JSON object; ignored")]
        public static partial void Garbage(ILogger logger);
    }
}
