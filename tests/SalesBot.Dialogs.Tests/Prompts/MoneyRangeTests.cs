using SalesBot.Dialogs.Prompts;

namespace SalesBot.Dialogs.Tests.Prompts;

/// <summary>"от 3 до 5 тыс.", "od 3 do 5 tys. zł", "from 3 to 5k": the lower end is stored, the range kept in the note.</summary>
public sealed class MoneyRangeTests
{
    [Theory]
    [InlineData("от 3 до 5 тыс.", "RUB", "3000 RUB", "3,000–5,000 RUB")]
    [InlineData("от 3 до 5 тыс. руб.", "USD", "3000 RUB", "3,000–5,000 RUB")]
    [InlineData("od 3 do 5 tys.", "PLN", "3000 PLN", "3,000–5,000 PLN")]
    [InlineData("od 3 do 5 tys. zł", "USD", "3000 PLN", "3,000–5,000 PLN")]
    [InlineData("from 3 to 5k", "USD", "3000 USD", "3,000–5,000 USD")]
    [InlineData("3-5k", "USD", "3000 USD", "3,000–5,000 USD")]
    public void A_range_stores_its_lower_end_and_keeps_the_range_in_the_note(string text, string currency, string stored, string note)
    {
        var recognition = MoneyRecognizer.Recognize(text, currency);

        Assert.True(recognition.Succeeded, recognition.Error);
        Assert.Equal(stored, recognition.Value);
        Assert.Equal(note, recognition.Note);
    }

    [Theory]
    [InlineData("отличный клиент")]
    [InlineData("od razu")]
    public void A_word_that_only_starts_like_from_is_not_an_amount(string text) =>
        Assert.False(MoneyRecognizer.Recognize(text, "USD").Succeeded);
}
