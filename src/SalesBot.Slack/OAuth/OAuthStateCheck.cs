namespace SalesBot.Slack.OAuth;

internal enum OAuthStateCheck
{
    Valid,
    Missing,
    Invalid,
    Expired,
    OtherBrowser,
}
