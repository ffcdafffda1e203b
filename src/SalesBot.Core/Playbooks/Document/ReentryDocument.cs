namespace SalesBot.Core.Playbooks.Document;

internal sealed class ReentryDocument
{
    public string? RepeatLikely { get; set; }

    public string? Months { get; set; }

    public int? DefaultMonths { get; set; }
}
