namespace SalesBot.Dialogs.Flows;

/// <summary>Which deal and which playbook step a flow works on.</summary>
public sealed record StepOptions(string DealId, string StepId);
