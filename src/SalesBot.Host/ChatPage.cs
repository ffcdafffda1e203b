using Microsoft.Extensions.FileProviders;

namespace SalesBot.Host;

/// <summary>
/// The local chat page (wwwroot) and appsettings.json wherever the host is started from: the page's files are embedded
/// in SalesBot.Host.dll and served when no wwwroot folder is found under the content root (which is the current folder,
/// so <c>dotnet /opt/salesbot/SalesBot.Host.dll</c> run from elsewhere has none), and the appsettings.json beside the
/// assembly is read when the content root has none. A wwwroot folder that is there wins, so edits show without a build.
/// </summary>
internal static class ChatPage
{
    /// <summary>The prefix of the embedded wwwroot files' resource names (root namespace + folder).</summary>
    public const string ResourcePrefix = "SalesBot.Host.wwwroot";

    private const string AppSettings = "appsettings.json";

    /// <summary>appsettings.json beside the assembly, below every other source, when the content root has none.</summary>
    public static WebApplicationBuilder AddSettingsBesideAssembly(this WebApplicationBuilder builder)
    {
        var atContentRoot = Path.Combine(builder.Environment.ContentRootPath, AppSettings);
        var besideAssembly = Path.Combine(AppContext.BaseDirectory, AppSettings);
        if (!File.Exists(atContentRoot) && File.Exists(besideAssembly))
        {
            builder.Configuration.Sources.Insert(0, new Microsoft.Extensions.Configuration.Json.JsonConfigurationSource
            {
                FileProvider = new PhysicalFileProvider(AppContext.BaseDirectory),
                Path = AppSettings,
                Optional = true,
            });
        }

        return builder;
    }

    /// <summary>
    /// GET / and the page's assets: the wwwroot folder when there is one, else the copies embedded in the assembly; and the
    /// page's words in the user's language at <see cref="ChatPageText.Path"/>.
    /// </summary>
    public static WebApplication UseSalesBotChatPage(this WebApplication app)
    {
        var embedded = new EmbeddedFileProvider(typeof(ChatPage).Assembly, ResourcePrefix);
        app.Environment.WebRootFileProvider = new CompositeFileProvider(app.Environment.WebRootFileProvider, embedded);
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.MapGet(ChatPageText.Path, ChatPageText.Handle);
        return app;
    }
}
