using SalesBot.Core.Coaching;
using SalesBot.Core.Conversations;
using SalesBot.Core.Deals;
using SalesBot.Core.Playbooks;
using SalesBot.Core.Qualification;
using SalesBot.Dialogs.Rendering;

namespace SalesBot.Dialogs.Tests.Rendering;

public sealed class ExportWriterCsvTests
{
    private static readonly Playbook Playbook = PlaybookLoader.LoadDefault();

    [Theory]
    [InlineData("=1+1")]
    [InlineData("+1")]
    [InlineData("-1")]
    [InlineData("@SUM(A1)")]
    [InlineData("\uFF1D1+1")]
    [InlineData("\uFF0B1")]
    [InlineData("\uFF0D1")]
    [InlineData("\uFF20SUM(A1)")]
    public void FormulaTriggerAtTheStartOfACell_IsPrefixedWithAQuote(string prospect)
    {
        var cell = FirstCellOfTheDealRow(prospect);

        Assert.StartsWith("'", cell.TrimStart('"'), StringComparison.Ordinal);
        Assert.Contains(prospect.Trim('\t', '\r'), cell, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Acme")]
    [InlineData("a=b")]
    [InlineData("Ac-me")]
    public void OrdinaryText_IsLeftAsItIs(string prospect) => Assert.Equal(prospect, FirstCellOfTheDealRow(prospect));

    private static string FirstCellOfTheDealRow(string prospect)
    {
        var deal = Deal.Start(new Owner("t", "u"), prospect, DateTimeOffset.UnixEpoch);
        var csv = ExportWriter.Csv(Playbook, [new DealSnapshot(deal, AnswerSheet.Empty, [], [], new PricePoint(1000m, "USD"))]);
        var row = csv[(csv.IndexOf("\r\n", StringComparison.Ordinal) + 2)..];
        return row.StartsWith('"') ? row[..(row.IndexOf("\",", 1, StringComparison.Ordinal) + 1)] : row[..row.IndexOf(',', StringComparison.Ordinal)];
    }
}
