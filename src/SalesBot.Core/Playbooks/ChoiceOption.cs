namespace SalesBot.Core.Playbooks;

/// <summary>One choice of a choice question. <paramref name="Score"/> is the share of the question's weight it earns (0..1).</summary>
public sealed record ChoiceOption(string Id, string Title, double Score);
