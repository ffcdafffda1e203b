namespace SalesBot.Slack.Processing;

/// <summary>A queued Slack turn on its way through the turn pipeline, with the bot token of its workspace.</summary>
internal sealed record SlackTurnRequest(TurnJob Job, string Token);
