namespace SalesBot.Dialogs.Conversation;

/// <summary>
/// What a user is told when SalesBot itself failed (the store refused a write, an unexpected error): a short apology with
/// an incident id that is also in the error log line, so an operator finds the cause from what the user reports.
/// </summary>
public static class Incident
{
    /// <summary>A new incident id: eight hex digits.</summary>
    public static string NewId() => Guid.NewGuid().ToString("N")[..8];

    public static string Apology(string incident) =>
        Localization.Strings.Format("Incident.Apology", incident);
}
