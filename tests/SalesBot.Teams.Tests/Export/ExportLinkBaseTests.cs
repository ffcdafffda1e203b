using System.Net;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using SalesBot.Core.Conversations;
using SalesBot.Teams.Export;
using Microsoft.Extensions.Time.Testing;

namespace SalesBot.Teams.Tests.Export;

public sealed class ExportLinkBaseTests
{
    private static readonly Owner Ann = new("t1", "ann");

    [Theory]
    [InlineData("127.0.0.1", "127.0.0.1", "http://127.0.0.1:3978/")]
    [InlineData("::1", "::1", "http://[::1]:3978/")]
    public void ACallerOnThisMachine_GetsTheLoopbackAddressItReached_WhateverItsHostHeaderSays(string local, string remote, string expected)
    {
        Assert.Equal(new Uri(expected), LocalLinkBase.Of(Request(local, remote)));
    }

    [Theory]
    [InlineData("10.1.2.3", "52.114.1.1")]
    [InlineData("127.0.0.1", "52.114.1.1")]
    [InlineData("10.1.2.3", "127.0.0.1")]
    public void ACallerElsewhere_GetsNoLinkBase_NotTheHostHeader(string local, string remote)
    {
        Assert.Null(LocalLinkBase.Of(Request(local, remote)));
    }

    [Fact]
    public void WithoutPublicBaseUrlOrALocalCaller_FilesBecomeOneNotice_AndNoLinkIsIssued()
    {
        var rewriter = new DownloadLinkRewriter(Links(publicBaseUrl: null));
        IReadOnlyList<Reply> replies = [new TextReply("Your export: 1 deal and 3 answer versions."), Csv(), Json(), new TextReply("after")];

        var rewritten = rewriter.Rewrite(replies, Ann, linkBase: null);

        Assert.Equal(
            ["Your export: 1 deal and 3 answer versions.", DownloadLinkRewriter.NoPublicAddress, "after"],
            rewritten.Select(r => Assert.IsType<TextReply>(r).Text));
    }

    [Fact]
    public void PublicBaseUrl_WinsOverTheLocalAddress()
    {
        var rewriter = new DownloadLinkRewriter(Links(publicBaseUrl: "https://salesbot.example.com/"));

        var rewritten = rewriter.Rewrite([Csv(), Json()], Ann, new Uri("http://127.0.0.1:3978/"));

        Assert.All(rewritten, r => Assert.StartsWith("https://salesbot.example.com/api/export/", Assert.IsType<DownloadReply>(r).Url.AbsoluteUri, StringComparison.Ordinal));
    }

    [Fact]
    public void ALocalCallerWithoutPublicBaseUrl_GetsLoopbackLinks_ThatReadAsTheOwnersExport()
    {
        var links = Links(publicBaseUrl: "");
        var rewritten = new DownloadLinkRewriter(links).Rewrite([Csv()], Ann, new Uri("http://127.0.0.1:3978/"));

        var url = Assert.IsType<DownloadReply>(Assert.Single(rewritten)).Url;
        Assert.Equal("127.0.0.1", url.Host);
        var link = links.Read(Uri.UnescapeDataString(url.AbsolutePath["/api/export/".Length..]));
        Assert.Equal(Ann, link!.Owner);
    }

    private static ExportLinks Links(string? publicBaseUrl) => new(
        new EphemeralDataProtectionProvider(),
        new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero)),
        Options.Create(new ExportOptions { PublicBaseUrl = publicBaseUrl }));

    private static FileReply Csv() => new("salesbot-export.csv", "text/csv", "a,b");

    private static FileReply Json() => new("salesbot-export.json", "application/json", "{}");

    private static DefaultHttpContext Request(string local, string remote)
    {
        var http = new DefaultHttpContext();
        http.Request.Scheme = "http";
        http.Request.Host = new HostString("evil.example");
        http.Connection.LocalIpAddress = IPAddress.Parse(local);
        http.Connection.RemoteIpAddress = IPAddress.Parse(remote);
        http.Connection.LocalPort = 3978;
        return http;
    }
}
