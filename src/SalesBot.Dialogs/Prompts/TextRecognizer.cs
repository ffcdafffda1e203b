namespace SalesBot.Dialogs.Prompts;

internal static class TextRecognizer
{
    public static Recognition Recognize(string text) =>
        string.IsNullOrWhiteSpace(text) ? Recognition.Fail("Please type an answer, or say skip.") : Recognition.Ok(text.Trim());
}
