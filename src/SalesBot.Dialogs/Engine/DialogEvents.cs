namespace SalesBot.Dialogs.Engine;

/// <summary>Interruptions offered to the dialogs on the stack.</summary>
public static class DialogEvents
{
    public const string Back = "back";
    public const string Skip = "skip";
}
