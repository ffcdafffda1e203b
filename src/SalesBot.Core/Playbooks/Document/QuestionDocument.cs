namespace SalesBot.Core.Playbooks.Document;

internal sealed record QuestionDocument(
    string? Id, string? Text, string? Kind, string? Tip, string? Example, string? Label, int? Weight,
    List<ChoiceDocument?>? Choices, List<RedFlagDocument?>? RedFlags);
