using Microsoft.Extensions.Options;

namespace SalesBot.Slack;

/// <summary>The rules that span settings. Messages name the setting, never its value.</summary>
internal sealed class SlackOptionsValidator : IValidateOptions<SlackOptions>
{
    public ValidateOptionsResult Validate(string? name, SlackOptions options)
    {
        if (!options.Enabled)
        {
            return ValidateOptionsResult.Success;
        }

        var problems = new List<string>();
        if (SlackOptions.Has(options.BotToken) && !options.BotToken!.StartsWith("xoxb-", StringComparison.Ordinal))
        {
            problems.Add("Slack:BotToken must be a bot token (it starts with xoxb-).");
        }

        if (SlackOptions.Has(options.AppToken) && !options.AppToken!.StartsWith("xapp-", StringComparison.Ordinal))
        {
            problems.Add("Slack:AppToken must be an app-level token (it starts with xapp-).");
        }

        if (options.UsesOAuth && !SlackOptions.Has(options.ClientSecret))
        {
            problems.Add("Slack:ClientId is set, so Slack:ClientSecret is needed for OAuth installs.");
        }

        if (!SlackOptions.Has(options.BotToken) && !options.UsesOAuth)
        {
            problems.Add("Slack needs Slack:BotToken (one workspace) or Slack:ClientId and Slack:ClientSecret (OAuth installs).");
        }

        if (!SlackOptions.Has(options.SigningSecret) && !options.UsesSocketMode)
        {
            problems.Add("Slack needs Slack:SigningSecret to verify requests (or Slack:AppToken for Socket Mode).");
        }

        var socketMode = new List<System.ComponentModel.DataAnnotations.ValidationResult>();
        if (!System.ComponentModel.DataAnnotations.Validator.TryValidateObject(options.SocketMode, new(options.SocketMode), socketMode, validateAllProperties: true))
        {
            problems.AddRange(socketMode.Select(r => $"Slack:SocketMode: {r.ErrorMessage}"));
        }

        CheckUrl(options.ApiBaseUrl, "Slack:ApiBaseUrl", problems);
        CheckUrl(options.AuthorizeUrl, "Slack:AuthorizeUrl", problems);
        if (SlackOptions.Has(options.RedirectUrl) && !Uri.TryCreate(options.RedirectUrl, UriKind.Absolute, out _))
        {
            problems.Add("Slack:RedirectUrl must be an absolute URL.");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    private static void CheckUrl(Uri? url, string setting, List<string> problems)
    {
        if (url is null || !url.IsAbsoluteUri || url.Scheme is not ("https" or "http"))
        {
            problems.Add($"{setting} must be an absolute http(s) URL.");
        }
    }
}
