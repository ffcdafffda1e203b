namespace SalesBot.Core.Playbooks.Document;

/// <param name="Rationale">Why the flag has its severity, for the team reading the playbook; never shown to the user.</param>
internal sealed record RedFlagDocument(
    string? Id, ConditionDocument? When, string? Severity, string? Flag, string? Advice, string? ClosesWhen, string? Rationale);
