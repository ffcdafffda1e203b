namespace SalesBot.Teams.Schema;

public sealed class SuggestedActions
{
    public IList<string>? To { get; set; }

    public IList<CardAction> Actions { get; set; } = [];
}
