namespace SalesBot.Core.Playbooks;

/// <summary>
/// A playbook in one language: the English playbook with a translation overlay laid over it. <paramref name="Warnings"/>
/// lists what the overlay left in English and what it names that the playbook no longer has.
/// </summary>
public sealed record PlaybookTranslation(string Language, Playbook Playbook, IReadOnlyList<string> Warnings);
