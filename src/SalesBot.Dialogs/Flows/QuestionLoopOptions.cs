namespace SalesBot.Dialogs.Flows;

/// <summary>The question a loop iteration asks (by position in its step).</summary>
public sealed record QuestionLoopOptions(string DealId, string StepId, int Index);
