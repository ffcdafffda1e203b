namespace SalesBot.Core.Playbooks.Document;

internal sealed class ChoiceDocument
{
    public string? Id { get; set; }

    public string? Title { get; set; }

    public double? Score { get; set; }
}
