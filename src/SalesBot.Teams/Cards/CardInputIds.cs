namespace SalesBot.Teams.Cards;

/// <summary>
/// The ids of a question card's inputs and of its submit data, as they come back in activity.value: the card's own
/// inputs (amount, currency, date, number, text, choice, note) and the data of its buttons ("answer", "question", "kind").
/// </summary>
internal static class CardInputIds
{
    public const string Answer = "answer";
    public const string Question = "question";
    public const string Kind = "kind";
    public const string Amount = "sbAmount";
    public const string Currency = "sbCurrency";
    public const string Date = "sbDate";
    public const string Number = "sbNumber";
    public const string Text = "sbText";
    public const string Choice = "sbChoice";
    public const string Note = "sbNote";
}
