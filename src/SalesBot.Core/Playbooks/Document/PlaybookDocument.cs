namespace SalesBot.Core.Playbooks.Document;

/// <summary>A playbook file as written, before validation: every member may be missing.</summary>
/// <param name="Nudges">Optional in a team's file: without it the default playbook's nudge rules apply.</param>
internal sealed record PlaybookDocument(
    string? Name, DefaultsDocument? Defaults, VerdictDocument? Verdict, List<LinkDocument?>? Links, List<StepDocument?>? Steps,
    NudgesDocument? Nudges);
