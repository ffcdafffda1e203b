namespace SalesBot.Core.Qualification;

/// <summary>One question's part of the score: its weight and the share of it the answer earned.</summary>
public sealed record ScoreLine(string StepId, string QuestionId, string Question, int Weight, double Earned, bool Answered)
{
    /// <summary>The question's short name for the weights line (its playbook label, else its text); never its id.</summary>
    public string? Label { get; init; }

    public double Points => Weight * Earned;
}
