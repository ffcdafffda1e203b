using SalesBot.Core.Nudges;

namespace SalesBot.Core.Playbooks.Document;

/// <summary>Checks the optional "nudges" section: positive intervals, phrases, and questions that exist with the right kind.</summary>
internal static class NudgesValidator
{
    private const string Entry = "nudges";

    /// <param name="steps">The playbook's steps, or null when they have problems of their own (then references are not checked, to avoid follow-on noise).</param>
    public static void Validate(NudgesDocument? nudges, List<StepDocument?>? steps, ProblemList problems)
    {
        if (nudges is null)
        {
            return;
        }

        var followUp = nudges.FollowUp;
        if (followUp is null)
        {
            problems.Add(Entry, "followUp is required (the three calls and a letter)");
        }
        else
        {
            const string entry = Entry + " > followUp";
            Positive(entry, "call2AfterBusinessDays", followUp.Call2AfterBusinessDays, problems);
            Positive(entry, "call3AfterBusinessDays", followUp.Call3AfterBusinessDays, problems);
            Positive(entry, "letterAfterDays", followUp.LetterAfterDays, problems);
            Positive(entry, "dropAfterDays", followUp.DropAfterDays, problems);
            Phrases(entry, "unansweredPhrases", followUp.UnansweredPhrases, problems);
            Phrases(entry, "stallPhrases", followUp.StallPhrases, problems);
        }

        Positive(Entry, "entryAfterDays", nudges.EntryAfterDays, problems);
        Question(Entry, "meetingDate", nudges.MeetingDate, "date", steps, problems);
        if (nudges.StalledAfterDays is null)
        {
            problems.Add(Entry, "stalledAfterDays is required (days without activity per link, such as \"alignment\": 7)");
        }
        else
        {
            foreach (var (link, days) in nudges.StalledAfterDays)
            {
                if (!PlaybookNames.TryParseLink(link, out _))
                {
                    problems.Add(Entry + " > stalledAfterDays", $"'{link}' is not a link; use one of {PlaybookNames.LinkList}");
                }

                Positive(Entry + " > stalledAfterDays", link, days, problems);
            }
        }

        if (nudges.Feedback is not { } feedback)
        {
            problems.Add(Entry, "feedback is required (step and afterDays)");
        }
        else
        {
            Positive(Entry + " > feedback", "afterDays", feedback.AfterDays, problems, allowZero: true);
            if (steps is not null && !steps.Any(s => string.Equals(s?.Id, feedback.Step, StringComparison.OrdinalIgnoreCase)))
            {
                problems.Add(Entry + " > feedback", $"step '{feedback.Step}' is not a step of this playbook");
            }
        }

        if (nudges.Reentry is not { } reentry)
        {
            problems.Add(Entry, "reentry is required (repeatLikely, months and defaultMonths)");
        }
        else
        {
            Question(Entry + " > reentry", "repeatLikely", reentry.RepeatLikely, "yesNo", steps, problems);
            Question(Entry + " > reentry", "months", reentry.Months, "number", steps, problems);
            Positive(Entry + " > reentry", "defaultMonths", reentry.DefaultMonths, problems);
        }
    }

    private static void Positive(string entry, string name, int? value, ProblemList problems, bool allowZero = false)
    {
        if (value is not { } number)
        {
            problems.Add(entry, $"{name} is required");
        }
        else if (number < (allowZero ? 0 : 1) || number > 3650)
        {
            problems.Add(entry, $"{name} must be between {(allowZero ? 0 : 1)} and 3650 (got {number})");
        }
    }

    private static void Phrases(string entry, string name, List<string?>? phrases, ProblemList problems)
    {
        if (phrases is null || phrases.Count == 0 || phrases.Any(PlaybookNames.IsBlank))
        {
            problems.Add(entry, $"{name} must be a list of non-empty phrases");
        }
    }

    private static void Question(string entry, string name, string? text, string kind, List<StepDocument?>? steps, ProblemList problems)
    {
        if (!QuestionRef.TryParse(text, out var reference))
        {
            problems.Add(entry, $"{name} must name a question as \"step/question\" (got '{text}')");
            return;
        }

        if (steps is null)
        {
            return;
        }

        var question = steps.FirstOrDefault(s => string.Equals(s?.Id, reference.StepId, StringComparison.OrdinalIgnoreCase))
            ?.Questions?.FirstOrDefault(q => string.Equals(q?.Id, reference.QuestionId, StringComparison.OrdinalIgnoreCase));
        if (question is null)
        {
            problems.Add(entry, $"{name} names '{reference}', which is not a question of this playbook");
        }
        else if (!string.Equals(question.Kind, kind, StringComparison.OrdinalIgnoreCase))
        {
            problems.Add(entry, $"{name} names '{reference}', a {question.Kind} question; it must be a {kind} question");
        }
    }
}
