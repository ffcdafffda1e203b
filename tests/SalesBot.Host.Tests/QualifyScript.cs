namespace SalesBot.Host.Tests;

/// <summary>
/// The ten qualify questions of the default playbook, answered the way each is asked: a button for yes/no and choice
/// questions, typed text for money and dates. Every answer is the healthy one, so the verdict is "qualified".
/// </summary>
public static class QualifyScript
{
    public static readonly string[] YesNo = ["yes", "no", "unsure"];

    public static readonly string[] Gut = ["Good", "Unsure", "Bad"];

    public static IReadOnlyList<QualifyStep> Steps { get; } =
    [
        new("need", "Do they need what you deliver?", YesNo, "yes", "yes"),
        new("experience", "Do you have experience in their industry?", YesNo, "yes", "yes"),
        new("can-pay", "Are you confident they can pay for it?", YesNo, "yes", "yes"),
        new("repeat-business", "Do they offer repeat business?", YesNo, "yes", "yes"),
        new("budget", "What budget does Acme have in mind?", [], "5000 USD", "5000 USD"),
        new("deadline", "When do they need the work finished?", [], "2027-03-01", "2027-03-01"),
        new("worked-before", "Have they worked with someone like you before?", YesNo, "yes", "yes"),
        new("decision-maker", "Is your contact the final decision-maker?", YesNo, "yes", "yes"),
        new("personality", "Does the personality fit seem good?", YesNo, "yes", "yes"),
        new("gut", "What does your gut tell you about Acme?", Gut, "Good", "good"),
    ];
}

/// <param name="Choices">The suggested actions the question must offer (title and value alike); empty for typed answers.</param>
/// <param name="Say">What the user sends: the button's value, or the typed answer.</param>
/// <param name="Stored">The normalized value the store must hold afterwards.</param>
public sealed record QualifyStep(string QuestionId, string Text, IReadOnlyList<string> Choices, string Say, string Stored);
