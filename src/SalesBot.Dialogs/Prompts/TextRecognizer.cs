namespace SalesBot.Dialogs.Prompts;

internal static class TextRecognizer
{
    public static Recognition Recognize(string text) =>
        string.IsNullOrWhiteSpace(text) ? Recognition.Fail(Localization.Strings.Get("Retry.Text")) : Recognition.Ok(text.Trim());
}
