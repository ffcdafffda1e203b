namespace SalesBot.Dialogs.Prompts;

/// <summary>Small numbers written as words in English, Russian and Polish ("two", "три", "pięć"), for answers like "in two weeks".</summary>
internal static class NumberWords
{
    private static readonly Dictionary<string, int> Words = Build();

    /// <summary>An alternation of every known word, longest first, for use inside a regular expression.</summary>
    public static string Pattern { get; } = string.Join("|", Words.Keys.OrderByDescending(k => k.Length).Select(k => k.Replace(" ", @"\s+", StringComparison.Ordinal)));

    public static bool TryParse(string word, out int value) =>
        Words.TryGetValue(string.Join(' ', word.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), out value);

    private static Dictionary<string, int> Build()
    {
        var words = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        void Add(int value, params string[] forms)
        {
            foreach (var form in forms)
            {
                words[form] = value;
            }
        }

        Add(1, "one", "один", "одна", "одну", "одного", "jeden", "jedna", "jedno");
        Add(2, "two", "a couple of", "два", "две", "dwa", "dwie", "dwóch");
        Add(3, "three", "три", "trzy", "trzech");
        Add(4, "four", "четыре", "cztery", "czterech");
        Add(5, "five", "пять", "pięć", "pięciu");
        Add(6, "six", "шесть", "sześć");
        Add(7, "seven", "семь", "siedem");
        Add(8, "eight", "восемь", "osiem");
        Add(9, "nine", "девять", "dziewięć");
        Add(10, "ten", "десять", "dziesięć");
        Add(11, "eleven", "одиннадцать", "jedenaście");
        Add(12, "twelve", "двенадцать", "dwanaście");
        Add(15, "fifteen", "пятнадцать", "piętnaście");
        Add(20, "twenty", "двадцать", "dwadzieścia");
        Add(30, "thirty", "тридцать", "trzydzieści");
        Add(50, "fifty", "пятьдесят", "pięćdziesiąt");
        Add(100, "hundred", "a hundred", "one hundred", "сто", "sto");
        return words;
    }
}
