using SalesBot.Core.Deals;

namespace SalesBot.Core.Nudges;

/// <summary>When to nudge, from the playbook's "nudges" section, so a team can change the intervals.</summary>
public sealed record NudgeRules(
    FollowUpRules FollowUp,
    int EntryAfterDays,
    QuestionRef MeetingDate,
    IReadOnlyDictionary<DealLink, int> StalledAfterDays,
    FeedbackRules Feedback,
    ReentryRules Reentry);
