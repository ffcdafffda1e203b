namespace SalesBot.Core.Playbooks.Document;

internal sealed class VerdictDocument
{
    public int? QualifiedAtLeast { get; set; }

    public int? WalkAwayBelow { get; set; }

    public int? WalkAwayAtBlockers { get; set; }

    public int? QualifiedNeedsAnswered { get; set; }
}
