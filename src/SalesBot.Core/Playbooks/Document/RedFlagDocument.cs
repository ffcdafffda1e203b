namespace SalesBot.Core.Playbooks.Document;

internal sealed class RedFlagDocument
{
    public string? Id { get; set; }

    public ConditionDocument? When { get; set; }

    public string? Severity { get; set; }

    public string? Flag { get; set; }

    public string? Advice { get; set; }

    public string? ClosesWhen { get; set; }

    /// <summary>Why the flag has its severity, for the team reading the playbook; never shown to the user.</summary>
    public string? Rationale { get; set; }
}
