namespace SalesBot.Core.Playbooks.Document;

internal sealed class VerdictDocument
{
    public int? QualifiedAtLeast { get; set; }

    public int? WalkAwayBelow { get; set; }
}
