using System.ComponentModel.DataAnnotations;

namespace SalesBot.Slack;

/// <summary>Section "Slack:SocketMode": how the WebSocket is kept alive and reopened.</summary>
public sealed class SlackSocketModeOptions
{
    /// <summary>A WebSocket ping is sent this often.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:10:00")]
    public TimeSpan PingInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The watchdog: no pong within this time after a ping means a silent drop; the connection is replaced.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:10:00")]
    public TimeSpan PingTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Slack greets every new connection with "hello"; none within this time and the connection is replaced.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:10:00")]
    public TimeSpan HelloTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The first wait before reconnecting after a failure; it doubles up to <see cref="MaxReconnectDelay"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan ReconnectDelay { get; set; } = TimeSpan.FromSeconds(1);

    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan MaxReconnectDelay { get; set; } = TimeSpan.FromSeconds(60);
}
