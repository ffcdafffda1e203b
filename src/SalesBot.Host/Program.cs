using SalesBot.Dialogs;
using SalesBot.Host;
using SalesBot.Storage;
using SalesBot.Teams;

var builder = WebApplication.CreateBuilder(args);

builder.Services
    .AddSalesBotDialogs()
    .AddSalesBotStorage(builder.Configuration)
    .AddSalesBotTeams()
    .AddSalesBotHost();

var app = builder.Build();

app.UseDefaultFiles();
app.UseStaticFiles();
app.MapSalesBotTeams();
app.MapSalesBotHealth();

app.Run();

/// <summary>The entry point, visible to the end-to-end tests.</summary>
public partial class Program;
