namespace SalesBot.Teams.Schema;

public static class DeliveryModes
{
    public const string Normal = "normal";

    /// <summary>The caller wants every reply in the HTTP response body, as <see cref="ExpectedReplies"/>.</summary>
    public const string ExpectReplies = "expectReplies";
}
