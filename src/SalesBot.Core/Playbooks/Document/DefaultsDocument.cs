namespace SalesBot.Core.Playbooks.Document;

internal sealed class DefaultsDocument
{
    public decimal? StartingPrice { get; set; }

    public string? Currency { get; set; }
}
