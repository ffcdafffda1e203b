namespace SalesBot.Core.Conversations;

/// <summary>A button. Title and value are the same words so that channels which send the title still work.</summary>
public sealed record Choice(string Title, string Value)
{
    public static Choice Of(string value) => new(value, value);
}
