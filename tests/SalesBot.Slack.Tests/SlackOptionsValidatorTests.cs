namespace SalesBot.Slack.Tests;

public sealed class SlackOptionsValidatorTests
{
    [Fact]
    public void NoSlackSettingAtAll_IsValid_AndSlackIsOff()
    {
        var options = new SlackOptions();

        Assert.False(options.Enabled);
        Assert.True(Validate(options).Succeeded);
    }

    [Fact]
    public void SingleWorkspace_SigningSecretAndBotToken_IsValid()
    {
        Assert.True(Validate(new SlackOptions { SigningSecret = "s3cr3t", BotToken = "xoxb-1" }).Succeeded);
    }

    [Fact]
    public void SocketMode_NeedsNoSigningSecret()
    {
        Assert.True(Validate(new SlackOptions { AppToken = "xapp-1", BotToken = "xoxb-1" }).Succeeded);
    }

    [Theory]
    [InlineData(null, "xoxb-1", null, null, null, "Slack:SigningSecret")]
    [InlineData("s", "xoxp-user-token", null, null, null, "must be a bot token")]
    [InlineData("s", null, "xoxb-wrong", null, null, "must be an app-level token")]
    [InlineData("s", null, null, "cid", null, "Slack:ClientSecret")]
    [InlineData("s", null, null, null, null, "Slack:BotToken (one workspace) or Slack:ClientId")]
    public void IncompleteOrWrongSettings_FailWithAMessageNamingTheSetting_NeverItsValue(
        string? secret, string? botToken, string? appToken, string? clientId, string? clientSecret, string expected)
    {
        var result = Validate(new SlackOptions { SigningSecret = secret, BotToken = botToken, AppToken = appToken, ClientId = clientId, ClientSecret = clientSecret });

        Assert.True(result.Failed);
        Assert.Contains(expected, result.FailureMessage, StringComparison.Ordinal);
        foreach (var value in new[] { botToken, appToken }.OfType<string>())
        {
            Assert.DoesNotContain(value, result.FailureMessage, StringComparison.Ordinal);
        }
    }

    private static Microsoft.Extensions.Options.ValidateOptionsResult Validate(SlackOptions options) => new SlackOptionsValidator().Validate(null, options);
}
