namespace SalesBot.Core.Playbooks.Document;

internal sealed class NudgesDocument
{
    public FollowUpDocument? FollowUp { get; set; }

    public int? EntryAfterDays { get; set; }

    public string? MeetingDate { get; set; }

    /// <summary>Link name → days without activity before the stalled reminder.</summary>
    public Dictionary<string, int>? StalledAfterDays { get; set; }

    public FeedbackDocument? Feedback { get; set; }

    public ReentryDocument? Reentry { get; set; }
}
