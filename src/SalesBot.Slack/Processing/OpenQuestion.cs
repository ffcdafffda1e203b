using SalesBot.Slack.BlockKit;

namespace SalesBot.Slack.Processing;

/// <summary>The last question with buttons posted in a user's DM, so that the answer can update it.</summary>
internal sealed record OpenQuestion(string Channel, string Ts, SlackMessage Message);
