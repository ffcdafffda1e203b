namespace SalesBot.Dialogs.Privacy;

/// <summary>A destructive or outward action waiting for the user's yes. Persisted with the dialog state.</summary>
/// <param name="Action">One of <see cref="ConfirmDialog.ForgetDeal"/>, <see cref="ConfirmDialog.ForgetMe"/>, <see cref="ConfirmDialog.Share"/>.</param>
/// <param name="ShareTo">For sharing: the shared conversation where the user asked, taken from the verified turn.</param>
public sealed record ConfirmOptions(string Action, string Question, string? DealId, string? Prospect, string? ShareTo);
