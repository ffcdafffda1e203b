using SalesBot.Slack.Signing;

namespace SalesBot.Slack.Endpoints;

/// <summary>A request's raw body and the outcome of its signature check; <see cref="Problem"/> is set when it could not even be read.</summary>
internal sealed record SlackRequest(byte[] Body, SignatureCheck Check, Microsoft.AspNetCore.Http.IResult? Problem)
{
    public bool IsVerified => Problem is null && Check == SignatureCheck.Valid;

    /// <summary>What to answer a request that could not be read or is not signed by Slack; null for a verified one.</summary>
    public Microsoft.AspNetCore.Http.IResult? Rejection => Problem ?? (IsVerified ? null : SlackRequestReader.Unauthorized());
}
