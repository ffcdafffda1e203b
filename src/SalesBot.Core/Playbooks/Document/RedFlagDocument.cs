namespace SalesBot.Core.Playbooks.Document;

internal sealed class RedFlagDocument
{
    public string? Id { get; set; }

    public ConditionDocument? When { get; set; }

    public string? Severity { get; set; }

    public string? Flag { get; set; }

    public string? Advice { get; set; }
}
