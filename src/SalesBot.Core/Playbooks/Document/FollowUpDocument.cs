namespace SalesBot.Core.Playbooks.Document;

internal sealed record FollowUpDocument(
    int? Call2AfterBusinessDays, int? Call3AfterBusinessDays, int? LetterAfterDays, int? DropAfterDays,
    List<string?>? UnansweredPhrases, List<string?>? StallPhrases);
