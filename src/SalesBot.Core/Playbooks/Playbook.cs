namespace SalesBot.Core.Playbooks;

/// <summary>The sales method as data: the steps of the process, the links of the deal cycle and the verdict rules.</summary>
public sealed record Playbook(
    string Name,
    PlaybookDefaults Defaults,
    VerdictRules Verdict,
    IReadOnlyList<PlaybookStep> Steps,
    IReadOnlyList<LinkGuide> Links)
{
    /// <summary>When to nudge: the follow-up cadence and the deal-cycle reminders.</summary>
    public required Nudges.NudgeRules Nudges { get; init; }

    public PlaybookStep? FindStep(string stepId) =>
        Steps.FirstOrDefault(s => string.Equals(s.Id, stepId, StringComparison.OrdinalIgnoreCase));

    public PlaybookStep GetStep(string stepId) =>
        FindStep(stepId) ?? throw new KeyNotFoundException($"The playbook has no step '{stepId}'.");

    public IEnumerable<PlaybookStep> JudgedSteps => Steps.Where(s => s.Judged);
}
