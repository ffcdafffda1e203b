namespace SalesBot.Slack.WebApi;

/// <summary>Where a posted message landed: its channel and timestamp (its id for chat.update).</summary>
internal sealed record PostedMessage(string Channel, string Ts);
