namespace SalesBot.Core.Nudges;

/// <summary>After a warm exit: when the answer to <see cref="RepeatLikely"/> is yes, nudge after the months answered to <see cref="Months"/>.</summary>
public sealed record ReentryRules(QuestionRef RepeatLikely, QuestionRef Months, int DefaultMonths);
