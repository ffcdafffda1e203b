using System.Text.Json.Nodes;
using SalesBot.Slack.Installs;
using SalesBot.Slack.Processing;

namespace SalesBot.Slack.Tests.Processing;

/// <summary>A job in the inbox is JSON: every kind and every field comes back as it went in.</summary>
public sealed class SlackJobJsonTests
{
    private static readonly SlackTenant Tenant = new("E1", "T1", "E1");
    private static readonly DateTimeOffset At = new(2026, 11, 23, 9, 0, 0, TimeSpan.FromHours(1));

    [Fact]
    public void ATurnWithEveryField_ComesBackTheSame()
    {
        var blocks = new JsonArray { new JsonObject { ["type"] = "section", ["text"] = new JsonObject { ["type"] = "mrkdwn", ["text"] = "Budget?" } } };
        var job = new TurnJob(Tenant, "U1", "yes \"quoted\" <&>", TurnSource.AnswerButton)
        {
            DmChannelId = "D1",
            OriginChannelId = "C1",
            RedirectAcknowledged = true,
            ResponseUrl = new Uri("https://hooks.slack.com/commands/T1/1/x"),
            Clicked = new ClickedMessage("D1", "1700000000.000100", blocks, "Budget?"),
            UserName = "pat",
            DeliveryIds = ["event:Ev1", "message:T1:D1:1.1"],
            ReceivedAt = At,
        };

        var back = Assert.IsType<TurnJob>(SlackJobJson.Read(SlackJobJson.Write(job)));

        Assert.Equal(job with { Clicked = null, DeliveryIds = [] }, back with { Clicked = null, DeliveryIds = [] });
        Assert.Equal(job.DeliveryIds, back.DeliveryIds);
        Assert.Equal((job.Clicked.Channel, job.Clicked.Ts, job.Clicked.Text), (back.Clicked!.Channel, back.Clicked.Ts, back.Clicked.Text));
        Assert.Equal(blocks.ToJsonString(), back.Clicked.Blocks.ToJsonString());
        Assert.Equal("E1|U1", back.PartitionKey);
    }

    [Fact]
    public void TheOtherKinds_ComeBackAsTheirKind()
    {
        SlackJob[] jobs =
        [
            new HomeJob(Tenant, "U1", "home", "D1") { ReceivedAt = At },
            new OpenModalJob(Tenant, "U1", "trig-1"),
            new UninstallJob(Tenant, "tokens_revoked") { DeliveryIds = ["event:Ev9"] },
        ];

        foreach (var job in jobs)
        {
            var back = SlackJobJson.Read(SlackJobJson.Write(job));
            Assert.Equal(job.GetType(), back!.GetType());
            Assert.Equal(job with { DeliveryIds = [] }, back with { DeliveryIds = [] });
            Assert.Equal(job.DeliveryIds, back.DeliveryIds);
        }
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("""{"kind":"from_a_newer_version","tenant":{"tenantId":"T1"}}""")]
    [InlineData("""{"tenant":{"tenantId":"T1"}}""")]
    public void APayloadThisVersionCannotRead_IsNull(string payload) => Assert.Null(SlackJobJson.Read(payload));
}
