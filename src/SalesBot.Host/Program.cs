using SalesBot.AI;
using SalesBot.Dialogs;
using SalesBot.Host;
using SalesBot.Slack;
using SalesBot.Storage;
using SalesBot.Teams;

if (await SalesBot.Host.Cli.HostCommands.TryRunAsync(args)) return;

var builder = WebApplication.CreateBuilder(args).AddSettingsBesideAssembly();

builder.Services
    .AddSalesBotDialogs()
    .AddSalesBotAI(builder.Configuration)
    .AddSalesBotStorage(builder.Configuration)
    .AddSalesBotTeams()
    .AddSalesBotSlack()
    .AddSalesBotHost(builder.Configuration);

var app = builder.Build();

app.UseSalesBotErrors();
app.UseSalesBotChatPage();
app.MapSalesBotTeams();
app.MapSalesBotSlack();
app.MapSalesBotHealth();
app.MapSalesBotMetrics();

app.Run();

/// <summary>The entry point, visible to the end-to-end tests.</summary>
public partial class Program;
