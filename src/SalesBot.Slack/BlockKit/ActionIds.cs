namespace SalesBot.Slack.BlockKit;

/// <summary>The action_id and callback_id values SalesBot puts on its buttons and views, and reads back from Slack.</summary>
internal static class ActionIds
{
    /// <summary>Answer buttons are "answer_0", "answer_1", ...; the value is the answer text.</summary>
    public const string AnswerPrefix = "answer_";

    /// <summary>Opens a deal; the value is the prospect's name (looked up among the clicking user's own deals).</summary>
    public const string OpenDeal = "open_deal";

    /// <summary>Runs a SalesBot command as the clicking user; the value is the command text.</summary>
    public const string RunCommand = "run_command";

    /// <summary>Several command buttons in one block need distinct action ids: "run_command_0", "run_command_1", ...</summary>
    public const string RunCommandPrefix = "run_command_";

    /// <summary>Opens the "Start coaching" modal.</summary>
    public const string StartFlow = "start_flow";

    /// <summary>callback_id of the "Start coaching" modal, and its two inputs.</summary>
    public const string StartFlowView = "start_flow";
    public const string FlowBlock = "flow";
    public const string ProspectBlock = "prospect";
}
