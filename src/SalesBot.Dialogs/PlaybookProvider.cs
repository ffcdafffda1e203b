using Microsoft.Extensions.Options;
using SalesBot.Core.Playbooks;

namespace SalesBot.Dialogs;

/// <summary>Loads the configured playbook file, or the shipped default.</summary>
internal static class PlaybookProvider
{
    public static Playbook Load(IOptions<PlaybookOptions> options)
    {
        var path = options.Value.Path;
        if (string.IsNullOrWhiteSpace(path))
        {
            return PlaybookLoader.LoadDefault();
        }

        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new PlaybookException($"Playbook '{path}' could not be read: {ex.Message}", ex);
        }

        return PlaybookLoader.Load(json, path);
    }
}
