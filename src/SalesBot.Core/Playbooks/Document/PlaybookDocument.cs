namespace SalesBot.Core.Playbooks.Document;

/// <summary>A playbook file as written, before validation: every member may be missing.</summary>
internal sealed class PlaybookDocument
{
    public string? Name { get; set; }

    public DefaultsDocument? Defaults { get; set; }

    public VerdictDocument? Verdict { get; set; }

    public List<LinkDocument?>? Links { get; set; }

    public List<StepDocument?>? Steps { get; set; }

    /// <summary>Optional in a team's file: without it the default playbook's nudge rules apply.</summary>
    public NudgesDocument? Nudges { get; set; }
}
