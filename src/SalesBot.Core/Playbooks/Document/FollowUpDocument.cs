namespace SalesBot.Core.Playbooks.Document;

internal sealed class FollowUpDocument
{
    public int? Call2AfterBusinessDays { get; set; }

    public int? Call3AfterBusinessDays { get; set; }

    public int? LetterAfterDays { get; set; }

    public int? DropAfterDays { get; set; }

    public List<string?>? UnansweredPhrases { get; set; }

    public List<string?>? StallPhrases { get; set; }
}
