using System.Text.Json;
using System.Text.RegularExpressions;

namespace Citaties.Tests.Corpus;

/// <summary>One row of ../shared/corpus/seeds/gold.tsv: a citation the seed documents contain.</summary>
public sealed record GoldRow(string File, string Kind, string Text, JsonElement Fields, string Lint)
{
    public override string ToString() => $"{File} {Kind}: {Text}";
}

/// <summary>Reads gold.tsv and finds where each row's text stands in its seed document.</summary>
public static class GoldTable
{
    public static IReadOnlyList<GoldRow> Load()
    {
        var path = CorpusPaths.RequireCorpus("seeds", "gold.tsv");
        var rows = new List<GoldRow>();
        var headerSeen = false;
        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith('#') || line.Length == 0)
            {
                continue;
            }

            if (!headerSeen)
            {
                headerSeen = true;
                continue;
            }

            var cells = line.Split('\t');
            using var fields = JsonDocument.Parse(cells[3]);
            rows.Add(new GoldRow(cells[0], cells[1], cells[2], fields.RootElement.Clone(), cells.Length > 4 ? cells[4] : string.Empty));
        }

        return rows;
    }

    /// <summary>The rows of the given kinds, as NUnit test cases named by their text.</summary>
    public static IEnumerable<TestCaseData> Cases(params string[] kinds)
    {
        if (CorpusPaths.CorpusRoot is null)
        {
            yield return new TestCaseData(null!).SetName("gold.tsv (corpus absent)");
            yield break;
        }

        foreach (var row in Load().Where(r => kinds.Contains(r.Kind)))
        {
            yield return new TestCaseData(row).SetName($"{row.Kind}: {row.Text}");
        }
    }

    public static string ReadSeed(GoldRow row) =>
        File.ReadAllText(CorpusPaths.RequireCorpus("seeds", row.File));

    /// <summary>
    /// Every place where <paramref name="goldText"/> stands in <paramref name="source"/>; in gold.tsv a line
    /// break in the source is shown as one space, so any run of white space matches any other.
    /// </summary>
    public static IReadOnlyList<(int Start, int End)> Locate(string source, string goldText)
    {
        var words = goldText.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape);
        var pattern = string.Join(@"[\s\u00A0\u2009\u202F]+", words);
        return Regex.Matches(source, pattern).Select(m => (m.Index, m.Index + m.Length)).ToList();
    }
}
