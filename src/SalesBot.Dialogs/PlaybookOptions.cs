namespace SalesBot.Dialogs;

/// <summary>Section "Playbook": a team's own playbook file; empty means the shipped default.</summary>
public sealed class PlaybookOptions
{
    public const string Section = "Playbook";

    public string? Path { get; set; }
}
