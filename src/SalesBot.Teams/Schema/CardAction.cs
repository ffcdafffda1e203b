namespace SalesBot.Teams.Schema;

/// <summary>A button; "imBack" posts its value back as if the user typed it.</summary>
public sealed class CardAction
{
    public string Type { get; set; } = "imBack";

    public string? Title { get; set; }

    public object? Value { get; set; }
}
