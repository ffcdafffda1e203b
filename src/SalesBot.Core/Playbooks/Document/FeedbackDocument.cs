namespace SalesBot.Core.Playbooks.Document;

internal sealed class FeedbackDocument
{
    public string? Step { get; set; }

    public int? AfterDays { get; set; }
}
