namespace SalesBot.Core.Qualification;

/// <summary>The salesperson's own starting price, which screening and budget flags compare against.</summary>
public readonly record struct PricePoint(decimal StartingPrice, string Currency);
