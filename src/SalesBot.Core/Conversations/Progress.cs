namespace SalesBot.Core.Conversations;

/// <summary>"Question 3 of 10 in Qualify for Acme".</summary>
public sealed record Progress(string Flow, string Prospect, int Current, int Total)
{
    public override string ToString() => $"Question {Current} of {Total} in {Flow} for {Prospect}";
}
