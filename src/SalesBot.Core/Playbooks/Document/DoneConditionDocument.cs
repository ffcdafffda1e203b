namespace SalesBot.Core.Playbooks.Document;

/// <summary>When a conditional wrap-up applies: the current answer to one question of the step is one of these values.</summary>
internal sealed class DoneConditionDocument
{
    public string? Question { get; set; }

    public List<string?>? AnswerIn { get; set; }
}
