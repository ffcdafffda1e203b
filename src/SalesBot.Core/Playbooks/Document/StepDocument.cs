namespace SalesBot.Core.Playbooks.Document;

internal sealed class StepDocument
{
    public string? Id { get; set; }

    public string? Title { get; set; }

    public string? Link { get; set; }

    public string? Purpose { get; set; }

    public bool? Judged { get; set; }

    public bool? Summarize { get; set; }

    public bool? WalkAwayWhenAllNo { get; set; }

    public string? Done { get; set; }

    public List<DoneTextDocument?>? DoneWhen { get; set; }

    public List<QuestionDocument?>? Questions { get; set; }
}
