using System.Text;

namespace SalesBot.Bench.Reporting;

/// <summary>A plain aligned table for the console: the first column left-aligned, the others right-aligned.</summary>
internal sealed class TextTable(params string[] headers)
{
    private readonly List<string[]> _rows = [];

    public TextTable Row(params string[] cells)
    {
        _rows.Add(cells);
        return this;
    }

    public override string ToString()
    {
        var widths = new int[headers.Length];
        foreach (var row in _rows.Prepend(headers))
        {
            for (var i = 0; i < Math.Min(row.Length, widths.Length); i++)
            {
                widths[i] = Math.Max(widths[i], row[i].Length);
            }
        }

        var text = new StringBuilder();
        Line(text, headers, widths);
        text.Append("  ").Append(string.Join("  ", widths.Select(w => new string('-', w)))).Append('\n');
        foreach (var row in _rows)
        {
            Line(text, row, widths);
        }

        return text.ToString();
    }

    private static void Line(StringBuilder text, string[] cells, int[] widths)
    {
        text.Append("  ");
        for (var i = 0; i < widths.Length; i++)
        {
            var cell = i < cells.Length ? cells[i] : "";
            text.Append(i == 0 ? cell.PadRight(widths[i]) : cell.PadLeft(widths[i]));
            if (i < widths.Length - 1)
            {
                text.Append("  ");
            }
        }

        text.Append('\n');
    }
}
