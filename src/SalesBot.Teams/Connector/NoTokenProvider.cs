namespace SalesBot.Teams.Connector;

/// <summary>Local mode: the Emulator, the Agents Playground and the local chat need no token.</summary>
internal sealed class NoTokenProvider : IBotTokenProvider
{
    public Task<string?> GetTokenAsync(CancellationToken cancellationToken) => Task.FromResult<string?>(null);
}
