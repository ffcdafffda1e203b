namespace SalesBot.Core.Playbooks.Document;

/// <param name="StalledAfterDays">Link name → days without activity before the stalled reminder.</param>
internal sealed record NudgesDocument(
    FollowUpDocument? FollowUp, int? EntryAfterDays, string? MeetingDate, Dictionary<string, int>? StalledAfterDays,
    FeedbackDocument? Feedback, ReentryDocument? Reentry);
