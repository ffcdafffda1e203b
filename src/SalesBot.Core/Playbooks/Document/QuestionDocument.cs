namespace SalesBot.Core.Playbooks.Document;

internal sealed class QuestionDocument
{
    public string? Id { get; set; }

    public string? Text { get; set; }

    public string? Kind { get; set; }

    public string? Tip { get; set; }

    public string? Example { get; set; }

    public string? Label { get; set; }

    public int? Weight { get; set; }

    public List<ChoiceDocument?>? Choices { get; set; }

    public List<RedFlagDocument?>? RedFlags { get; set; }
}
