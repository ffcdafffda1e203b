namespace SalesBot.Slack.BlockKit;

/// <summary>
/// The block_id and action_id (the same string) of a question message's inputs, as they come back in a block_actions
/// payload's state.values, and the action_id of the Submit button that sends them.
/// </summary>
internal static class InputIds
{
    public const string Submit = "answer_submit";
    public const string Amount = "sb_amount";
    public const string Currency = "sb_currency";
    public const string Date = "sb_date";
    public const string Number = "sb_number";
    public const string Text = "sb_text";
    public const string Choice = "sb_choice";
    public const string Note = "sb_note";
}
