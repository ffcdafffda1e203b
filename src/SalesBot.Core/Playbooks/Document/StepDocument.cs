namespace SalesBot.Core.Playbooks.Document;

internal sealed record StepDocument(
    string? Id, string? Title, string? Link, string? Purpose, bool? Judged, bool? Summarize, bool? WalkAwayWhenAllNo, string? Done,
    List<DoneTextDocument?>? DoneWhen, List<QuestionDocument?>? Questions);
