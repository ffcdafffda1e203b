using System.Net.WebSockets;
using System.Text.Json;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SalesBot.Slack.WebApi;

namespace SalesBot.Slack.SocketMode;

/// <summary>
/// Socket Mode (Slack:AppToken set): asks apps.connections.open for a WebSocket URL, connects, and keeps a connection up —
/// reconnecting when Slack asks, when the socket drops, and when the ping watchdog (WebSocket keep-alive with a pong
/// timeout) finds it silently dead; failures back off exponentially with jitter.
/// </summary>
internal sealed partial class SocketModeService(
    ISlackApi api,
    SocketEnvelopeHandler handler,
    IOptions<SlackOptions> options,
    TimeProvider time,
    ILogger<SocketModeService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var slack = options.Value;
        if (!slack.UsesSocketMode)
        {
            return;
        }

        var settings = slack.SocketMode;
        var delay = settings.ReconnectDelay;
        while (!stoppingToken.IsCancellationRequested)
        {
            var greeted = false;
            try
            {
                var url = await api.OpenSocketAsync(slack.AppToken!, stoppingToken);
                using var socket = new ClientWebSocket();
                socket.Options.KeepAliveInterval = settings.PingInterval;
                socket.Options.KeepAliveTimeout = settings.PingTimeout;
                await socket.ConnectAsync(url, stoppingToken);
                var connection = new SocketModeConnection(socket, handler, settings, logger);
                var why = await connection.RunAsync(stoppingToken);
                greeted = connection.Greeted;
                Log.Ended(logger, why);
                await CloseQuietlyAsync(socket);
                if (why.StartsWith("disconnect", StringComparison.Ordinal))
                {
                    delay = settings.ReconnectDelay;
                    continue;
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is WebSocketException or SlackApiException or HttpRequestException or IOException or OperationCanceledException or JsonException)
            {
                Log.Failed(logger, ex.GetType().Name, ex switch
                {
                    SlackApiException api => api.Error,
                    WebSocketException socket => socket.WebSocketErrorCode.ToString(),
                    HttpRequestException http => http.HttpRequestError.ToString(),
                    _ => "",
                });
            }

            if (greeted)
            {
                delay = settings.ReconnectDelay;
            }

            var wait = delay + TimeSpan.FromMilliseconds(Random.Shared.Next(0, 250));
            Log.Reconnecting(logger, wait.TotalSeconds);
            try
            {
                await Task.Delay(wait, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            delay = TimeSpan.FromTicks(Math.Min(settings.MaxReconnectDelay.Ticks, Math.Max(delay.Ticks * 2, TimeSpan.FromMilliseconds(100).Ticks)));
        }
    }

    private static async Task CloseQuietlyAsync(ClientWebSocket socket)
    {
        if (socket.State != WebSocketState.Open)
        {
            socket.Abort();
            return;
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        try
        {
            await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "reconnecting", timeout.Token);
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or IOException)
        {
            socket.Abort();
        }
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Information, "Slack Socket Mode connection ended ({Why}); reconnecting")]
        public static partial void Ended(ILogger logger, string why);

        [LoggerMessage(2, LogLevel.Warning, "Slack Socket Mode connection failed: {Kind} {Detail}")]
        public static partial void Failed(ILogger logger, string kind, string detail);

        [LoggerMessage(3, LogLevel.Information, "Slack Socket Mode reconnects in {Seconds} s")]
        public static partial void Reconnecting(ILogger logger, double seconds);
    }
}
