namespace SalesBot.Teams.Schema;

/// <summary>The response body for deliveryMode "expectReplies".</summary>
public sealed class ExpectedReplies
{
    public IList<Activity> Activities { get; set; } = [];
}
