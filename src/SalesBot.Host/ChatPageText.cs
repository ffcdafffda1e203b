using Microsoft.AspNetCore.Http;
using SalesBot.Dialogs.Localization;
using SalesBot.Host.Localization;

namespace SalesBot.Host;

/// <summary>
/// The local chat page's own words (title, placeholder, buttons, status and error lines) for a language, served as JSON
/// at <see cref="Path"/>: the page asks with the browser's language (navigator.language), or with the language a reply
/// was written in once the user chose another one (<c>settings language</c>); without either, Accept-Language decides.
/// </summary>
internal static class ChatPageText
{
    public const string Path = "/api/chat/text";

    /// <summary>The page's words in the language of <paramref name="locale"/> (English for none or one the bot does not speak).</summary>
    public static Dictionary<string, string> For(string? locale)
    {
        using var culture = BotCulture.Use(locale ?? Dialogs.PlaybookLanguages.English);
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["lang"] = BotCulture.Current,
            ["title"] = Strings.Get("Chat.Title"),
            ["subtitle"] = Strings.Get("Chat.Subtitle"),
            ["newConversation"] = Strings.Get("Chat.NewConversation"),
            ["newConversationHint"] = Strings.Get("Chat.NewConversationHint"),
            ["placeholder"] = Strings.Format("Chat.Placeholder", CommandWords.Local("qualify") + " Acme"),
            ["message"] = Strings.Get("Chat.Message"),
            ["send"] = Strings.Get("Chat.Send"),
            ["you"] = Strings.Get("Chat.You"),
            ["download"] = Strings.Get("Chat.Download"),
            ["file"] = Strings.Get("Chat.File"),
            ["status"] = Strings.Get("Chat.Status"),
            ["unreachable"] = Strings.Get("Chat.Unreachable"),
        };
    }

    /// <summary>The language asked for: the "lang" query (the page sends navigator.language), else the best of Accept-Language.</summary>
    public static string? LanguageOf(HttpRequest request)
    {
        if (request.Query["lang"].ToString() is { Length: > 0 and <= 35 } asked)
        {
            return asked;
        }

        var accepted = request.GetTypedHeaders().AcceptLanguage;
        return accepted
            .Where(language => language.Quality is null or > 0)
            .OrderByDescending(language => language.Quality ?? 1)
            .Select(language => language.Value.Value)
            .FirstOrDefault(language => language is not null && BotCulture.Languages.Contains(Dialogs.PlaybookLanguages.LanguageOf(language)));
    }

    /// <summary>GET <see cref="Path"/>: the words as JSON; they vary with Accept-Language and are never cached stale.</summary>
    public static IResult Handle(HttpContext http)
    {
        http.Response.Headers.Vary = "Accept-Language";
        http.Response.Headers.CacheControl = "no-cache";
        return Results.Json(For(LanguageOf(http.Request)));
    }
}
