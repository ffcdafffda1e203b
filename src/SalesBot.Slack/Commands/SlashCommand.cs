using System.Text.Json;

namespace SalesBot.Slack.Commands;

/// <summary>A slash command invocation: the form fields Slack POSTs (or the same fields in a Socket Mode payload).</summary>
internal sealed record SlashCommand(
    string? TeamId,
    string? EnterpriseId,
    bool IsEnterpriseInstall,
    string? ChannelId,
    string? UserId,
    string? UserName,
    string Command,
    string Text,
    string? ResponseUrl,
    string? TriggerId)
{
    public static SlashCommand From(Func<string, string?> field) => new(
        field("team_id"),
        field("enterprise_id"),
        field("is_enterprise_install") == "true",
        field("channel_id"),
        field("user_id"),
        field("user_name"),
        field("command") ?? "/salesbot",
        field("text") ?? "",
        field("response_url"),
        field("trigger_id"));

    public static SlashCommand FromJson(JsonElement payload) =>
        From(name => JsonFields.Get(payload, name) is { } value
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.True => "true",
                JsonValueKind.False => "false",
                _ => null,
            }
            : null);
}
