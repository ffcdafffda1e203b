namespace SalesBot.Core.Playbooks.Document;

internal sealed record VerdictDocument(int? QualifiedAtLeast, int? WalkAwayBelow, int? WalkAwayAtBlockers, int? QualifiedNeedsAnswered);
