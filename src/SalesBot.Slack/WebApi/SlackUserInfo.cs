namespace SalesBot.Slack.WebApi;

/// <summary>What users.info tells about a user: the name to record as author, the IANA time zone and the locale (for nudges).</summary>
internal sealed record SlackUserInfo(string Id, string? Name, string? TimeZone, string? Locale, bool IsBot);
