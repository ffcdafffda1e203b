namespace SalesBot.Slack.Processing;

/// <summary>Where the text of a turn came from.</summary>
internal enum TurnSource
{
    SlashCommand,
    DirectMessage,
    Mention,
    AnswerButton,
    Button,
    Modal,
}
