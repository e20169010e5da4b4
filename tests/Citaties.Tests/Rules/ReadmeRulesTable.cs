using System.Text;
using Citaties.Rules;

namespace Citaties.Tests.Rules;

/// <summary>
/// The rules table of README.md, generated from <see cref="RuleCatalog.All"/>: one row per descriptor with its
/// English title, its default severity in each profile, whether it has a fix, and its page. It stands between
/// <see cref="StartMarker"/> and <see cref="EndMarker"/>, so the rest of the README is written by hand.
/// </summary>
public static class ReadmeRulesTable
{
    /// <summary>The line before the table.</summary>
    public const string StartMarker = "<!-- rules:start -->";

    /// <summary>The line after the table.</summary>
    public const string EndMarker = "<!-- rules:end -->";

    // The profile columns in the order the catalog gives severities (regeling, toelichting, kamerstuk, literatuur).
    private static readonly LintProfile[] Profiles =
    {
        LintProfile.Regeling, LintProfile.Toelichting, LintProfile.Kamerstuk, LintProfile.Literatuur,
    };

    /// <summary>The table, one line per row, each ending in '\n'.</summary>
    public static string Generate()
    {
        var builder = new StringBuilder();
        builder.Append("| id | rule | ").Append(string.Join(" | ", Profiles.Select(p => p.ToName()))).Append(" | fix |\n");
        builder.Append("|---|---|").Append(string.Concat(Profiles.Select(_ => "---|"))).Append("---|\n");
        foreach (var descriptor in RuleCatalog.All)
        {
            builder.Append("| [").Append(descriptor.Id).Append("](").Append(descriptor.HelpPath).Append(") | ")
                .Append(EscapeCell(descriptor.Title.English)).Append(" | ")
                .Append(string.Join(" | ", Profiles.Select(p => descriptor.DefaultSeverities.For(p).ToName())))
                .Append(" | ").Append(descriptor.HasFix ? "yes" : "no").Append(" |\n");
        }

        return builder.ToString();
    }

    /// <summary>
    /// The text between the markers of <paramref name="readme"/> (the lines after the start marker up to the end
    /// marker), or null when the markers are missing or out of order.
    /// </summary>
    public static string? Current(string readme)
    {
        var (start, end) = Bounds(readme);
        return start < 0 ? null : readme.Substring(start, end - start);
    }

    /// <summary><paramref name="readme"/> with the text between the markers replaced by <paramref name="table"/>; null without markers.</summary>
    public static string? Replace(string readme, string table)
    {
        var (start, end) = Bounds(readme);
        return start < 0 ? null : string.Concat(readme.AsSpan(0, start), table, readme.AsSpan(end));
    }

    private static (int Start, int End) Bounds(string readme)
    {
        var startMarker = readme.IndexOf(StartMarker + "\n", StringComparison.Ordinal);
        var end = readme.IndexOf(EndMarker, StringComparison.Ordinal);
        if (startMarker < 0 || end < startMarker)
        {
            return (-1, -1);
        }

        return (startMarker + StartMarker.Length + 1, end);
    }

    // A title with a '|' would split its cell.
    private static string EscapeCell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
