namespace SalesBot.Teams.Schema;

public sealed class Attachment
{
    public string? ContentType { get; set; }

    public string? ContentUrl { get; set; }

    public object? Content { get; set; }

    public string? Name { get; set; }
}
