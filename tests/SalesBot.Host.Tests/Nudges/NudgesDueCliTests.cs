using Microsoft.Extensions.DependencyInjection;
using SalesBot.Dialogs.Pipeline;
using SalesBot.Core.Conversations;
using SalesBot.Core.Nudges;
using SalesBot.Dialogs.Conversation;
using SalesBot.Host.Cli;

namespace SalesBot.Host.Tests.Nudges;

/// <summary>The operator CLI: <c>nudges due --at</c> lists what is due at a time from the server's store, and sends nothing.</summary>
public sealed class NudgesDueCliTests
{
    [Fact]
    public async Task NudgesDue_ListsOneLinePerDueNudge_AtTheGivenTime_AndChangesNothing()
    {
        await using var server = new SalesBotServer();
        var engine = server.Services.GetRequiredService<TurnPipeline>();
        foreach (var (user, prospect) in new[] { ("ann", "Acme"), ("bob", "Globex Corp") })
        {
            var turn = new Turn { ChannelId = "webchat", ConversationId = "c-" + user, Owner = new Owner("local", user), UserName = user };
            await engine.ProcessAsync(turn with { Text = $"screen \"{prospect}\"" }, default);
            await engine.ProcessAsync(turn with { Text = "cancel" }, default);
            await engine.ProcessAsync(turn with { Text = $"log \"{prospect}\" call no answer" }, default);
        }

        var connection = $"--ConnectionStrings:SalesBot=Data Source={server.DatabaseFile}";
        var (code, output, error) = await RunAsync("nudges", "due", "--at", "2026-11-26T09:00:00Z", connection);
        var (beforeCode, before, _) = await RunAsync("nudges", "due", "--at", "2026-11-26T08:59:59Z", connection);

        Assert.Equal((0, 0), (code, beforeCode));
        Assert.Equal(
            ["local/ann\tAcme\tcall2\t2026-11-26T09:00:00Z", "local/bob\tGlobex Corp\tcall2\t2026-11-26T09:00:00Z"],
            output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Order());
        Assert.Contains("2 nudge(s) due at 2026-11-26T09:00:00Z; nothing was sent.", error, StringComparison.Ordinal);
        Assert.Equal("", before);
        var pending = await server.Services.GetRequiredService<INudgeStore>().ListDueAsync(DateTimeOffset.MaxValue, 10, default);
        Assert.Equal(2, pending.Count);
        Assert.All(pending, n => Assert.Equal((NudgeState.Pending, 0), (n.State, n.Attempts)));
    }

    [Theory]
    [InlineData(new[] { "nudges" }, "say what to list")]
    [InlineData(new[] { "nudges", "due" }, "say what to list")]
    [InlineData(new[] { "nudges", "due", "--at", "next tuesday" }, "is not an ISO-8601 time")]
    [InlineData(new[] { "nudges", "due", "--at", "2026-11-26T09:00:00Z", "--limit", "0" }, "--limit must be a positive number")]
    public async Task BadArguments_ExitWith2_AndSayWhatToChange(string[] args, string message)
    {
        var (code, output, error) = await RunAsync(args);

        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    private static async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = Environment.ExitCode;
        try
        {
            Assert.True(await HostCommands.TryRunAsync(args, new CliConsole(output, error)));
            return (Environment.ExitCode, output.ToString().Replace("\r", "", StringComparison.Ordinal), error.ToString());
        }
        finally
        {
            Environment.ExitCode = exitCode;
        }
    }
}
