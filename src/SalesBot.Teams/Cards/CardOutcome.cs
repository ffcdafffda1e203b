namespace SalesBot.Teams.Cards;

/// <summary>How a question card was left behind: answered with its buttons or inputs, replied to in the chat, or moved past.</summary>
internal enum CardOutcome
{
    /// <summary>A quick pick or the card's own inputs answered it: "✔ Answered: …".</summary>
    Answered,

    /// <summary>The user typed in the chat while it was open (an answer or a command): "You replied: …".</summary>
    Replied,

    /// <summary>A button of another card (a command) ran while it was open: "Moved on — see below."</summary>
    MovedOn,
}
