using System.Globalization;
using System.Text.RegularExpressions;

namespace SalesBot.AI;

/// <summary>
/// Numbers written in words or with a unit word, in English, Russian and Polish ("five thousand", "пять тысяч",
/// "pięć tysięcy", the "тыс." of "5 тыс.", the "tys." of "5 tys.", "млн", "mln", "grand", "k"): each word read as the
/// number it names, whatever its grammatical form. The words "one" / "один" / "jeden" are counted only as part of an
/// amount, since they are also pronouns ("no one", "одна из", "jeden z").
/// </summary>
internal static partial class NumberWords
{
    private static readonly Dictionary<string, decimal> Values = Build();

    /// <summary>Whether a quoted budget names an amount in words ("five thousand", "пять тысяч", "5 tys.").</summary>
    public static bool Contains(string text) => Words(text).Any(word => Values.ContainsKey(word));

    /// <summary>The values the number words of <paramref name="text"/> name, "one" words left out (see the class summary).</summary>
    public static IEnumerable<(string Word, decimal Value)> In(string text) =>
        Words(text).Where(word => Values.ContainsKey(word) && Values[word] != 1).Select(word => (word, Values[word]));

    /// <summary>Every value the text names: its number words and its numbers in digits (grouped "5 000" and "8,000" read whole).</summary>
    public static HashSet<decimal> AllValues(string text)
    {
        var values = Words(text).Where(Values.ContainsKey).Select(word => Values[word]).ToHashSet();
        foreach (Match match in Digits().Matches(text))
        {
            var number = match.Value;
            var grouped = GroupSeparators().Replace(number, "");
            if (decimal.TryParse(grouped.Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            {
                values.Add(value);
            }
        }

        return values;
    }

    private static IEnumerable<string> Words(string text) =>
        WordPattern().Matches(text).Select(m => m.Value.ToLowerInvariant().Replace('ё', 'е'));

    private static Dictionary<string, decimal> Build()
    {
        var values = new Dictionary<string, decimal>(StringComparer.Ordinal);
        void Add(decimal value, string forms)
        {
            foreach (var form in forms.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                values[form] = value;
            }
        }

        // English
        Add(1, "one");
        Add(2, "two"); Add(3, "three"); Add(4, "four"); Add(5, "five"); Add(6, "six"); Add(7, "seven"); Add(8, "eight"); Add(9, "nine");
        Add(10, "ten"); Add(11, "eleven"); Add(12, "twelve dozen"); Add(13, "thirteen"); Add(14, "fourteen"); Add(15, "fifteen"); Add(16, "sixteen");
        Add(17, "seventeen"); Add(18, "eighteen"); Add(19, "nineteen"); Add(20, "twenty"); Add(30, "thirty"); Add(40, "forty"); Add(50, "fifty");
        Add(60, "sixty"); Add(70, "seventy"); Add(80, "eighty"); Add(90, "ninety"); Add(100, "hundred hundreds");
        Add(1000, "thousand thousands grand k"); Add(1_000_000, "million millions mn"); Add(1_000_000_000, "billion billions bn");

        // Russian (ё read as е)
        Add(1, "один одна одно одни одного одной одному одним одну одних одними");
        Add(1.5m, "полтора полторы полутора");
        Add(2, "два две двух двум двумя"); Add(3, "три трех трем тремя"); Add(4, "четыре четырех четырем четырьмя");
        Add(5, "пять пяти пятью"); Add(6, "шесть шести шестью"); Add(7, "семь семи"); // "семью" is also "family" Add(8, "восемь восьми восемью восьмью");
        Add(9, "девять девяти девятью"); Add(10, "десять десяти десятью"); Add(11, "одиннадцать одиннадцати"); Add(12, "двенадцать двенадцати");
        Add(13, "тринадцать тринадцати"); Add(14, "четырнадцать четырнадцати"); Add(15, "пятнадцать пятнадцати"); Add(16, "шестнадцать шестнадцати");
        Add(17, "семнадцать семнадцати"); Add(18, "восемнадцать восемнадцати"); Add(19, "девятнадцать девятнадцати");
        Add(20, "двадцать двадцати"); Add(30, "тридцать тридцати"); Add(40, "сорок сорока"); Add(50, "пятьдесят пятидесяти");
        Add(60, "шестьдесят шестидесяти"); Add(70, "семьдесят семидесяти"); Add(80, "восемьдесят восьмидесяти"); Add(90, "девяносто девяноста");
        Add(100, "сто ста сотня сотни сотен"); Add(200, "двести двухсот"); Add(300, "триста трехсот"); Add(400, "четыреста четырехсот");
        Add(500, "пятьсот пятисот"); Add(600, "шестьсот шестисот"); Add(700, "семьсот семисот"); Add(800, "восемьсот восьмисот"); Add(900, "девятьсот девятисот");
        Add(1000, "тысяча тысячи тысяч тысячу тысячей тысячам тысячами тысячах тыс тыщ косарь косаря");
        Add(1_000_000, "миллион миллиона миллионов миллиону миллионом миллионы млн лям ляма лямов");
        Add(1_000_000_000, "миллиард миллиарда миллиардов млрд");

        // Polish
        Add(1, "jeden jedna jedno jednego jednej jednemu jednym jedną");
        Add(1.5m, "półtora półtorej");
        Add(2, "dwa dwie dwóch dwoje dwu dwom dwoma dwóm"); Add(3, "trzy trzech trzem trzema troje"); Add(4, "cztery czterech czterem czterema czworo");
        Add(5, "pięć pięciu pięcioma"); Add(6, "sześć sześciu sześcioma"); Add(7, "siedem siedmiu siedmioma"); Add(8, "osiem ośmiu ośmioma");
        Add(9, "dziewięć dziewięciu dziewięcioma"); Add(10, "dziesięć dziesięciu dziesięcioma"); Add(11, "jedenaście jedenastu");
        Add(12, "dwanaście dwunastu tuzin"); Add(13, "trzynaście trzynastu"); Add(14, "czternaście czternastu"); Add(15, "piętnaście piętnastu");
        Add(16, "szesnaście szesnastu"); Add(17, "siedemnaście siedemnastu"); Add(18, "osiemnaście osiemnastu"); Add(19, "dziewiętnaście dziewiętnastu");
        Add(20, "dwadzieścia dwudziestu"); Add(30, "trzydzieści trzydziestu"); Add(40, "czterdzieści czterdziestu"); Add(50, "pięćdziesiąt pięćdziesięciu");
        Add(60, "sześćdziesiąt sześćdziesięciu"); Add(70, "siedemdziesiąt siedemdziesięciu"); Add(80, "osiemdziesiąt osiemdziesięciu");
        Add(90, "dziewięćdziesiąt dziewięćdziesięciu"); Add(100, "sto stu setka setki setek"); Add(200, "dwieście dwustu"); Add(300, "trzysta trzystu");
        Add(400, "czterysta czterystu"); Add(500, "pięćset pięciuset"); Add(600, "sześćset sześciuset"); Add(700, "siedemset siedmiuset");
        Add(800, "osiemset ośmiuset"); Add(900, "dziewięćset dziewięciuset");
        Add(1000, "tysiąc tysiąca tysiące tysięcy tysiącem tysiącami tysiącach tys");
        Add(1_000_000, "milion miliona miliony milionów milionem milionami mln");
        Add(1_000_000_000, "miliard miliarda miliardy miliardów mld");
        return values;
    }

    /// <summary>Letter runs: words, and the unit letters glued to a number ("5k", "4,5k", "5тыс").</summary>
    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex WordPattern();

    /// <summary>A number in digits: "1990", "5 000" (space, no-break or narrow no-break space), "8,000", "4,5", "4.5".</summary>
    [GeneratedRegex(@"\d{1,3}(?:[ \u00A0\u202F,.]\d{3})+(?!\d)|\d+(?:[.,]\d+)?")]
    private static partial Regex Digits();

    [GeneratedRegex(@"[ \u00A0\u202F](?=\d{3})|,(?=\d{3}(?!\d))|\.(?=\d{3}(?!\d))")]
    private static partial Regex GroupSeparators();
}
