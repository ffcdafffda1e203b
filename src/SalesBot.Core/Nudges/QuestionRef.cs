namespace SalesBot.Core.Nudges;

/// <summary>A playbook question named as "step/question", such as "prepare/meeting-date".</summary>
public sealed record QuestionRef(string StepId, string QuestionId)
{
    public override string ToString() => $"{StepId}/{QuestionId}";

    public static bool TryParse(string? text, out QuestionRef reference)
    {
        var parts = (text ?? "").Split('/', StringSplitOptions.TrimEntries);
        reference = parts.Length == 2 && parts[0].Length > 0 && parts[1].Length > 0 ? new QuestionRef(parts[0], parts[1]) : new QuestionRef("", "");
        return reference.StepId.Length > 0;
    }
}
