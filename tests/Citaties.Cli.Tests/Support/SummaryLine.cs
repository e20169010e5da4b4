using System.Text.Json;
using System.Text.RegularExpressions;

namespace Citaties.Cli.Tests.Support;

/// <summary>The summary line <c>lint</c> ends with on standard error, read back.</summary>
public sealed record SummaryLine(int Files, int Citations, int Errors, int Warnings, int Infos)
{
    private static readonly Regex Form = new(
        @"citaties: (\d+) files?, (\d+) citations?, (\d+) errors?, (\d+) warnings?, (\d+) info(?:, \d+ known from the baseline)? in \d+\.\d s$",
        RegexOptions.CultureInvariant);

    /// <summary>
    /// The last line of <paramref name="stderr"/>; fails the test when it does not end with a summary. On a terminal
    /// the line may follow the escape codes that cleared the progress bar.
    /// </summary>
    public static SummaryLine Of(string stderr)
    {
        var last = stderr.TrimEnd('\n', '\r').Split('\n').Last().TrimEnd('\r');
        var match = Form.Match(last);
        Assert.That(match.Success, Is.True, $"not a summary line: '{last}'");
        int Group(int i) => int.Parse(match.Groups[i].Value, System.Globalization.CultureInfo.InvariantCulture);
        return new SummaryLine(Group(1), Group(2), Group(3), Group(4), Group(5));
    }

    /// <summary>The counts the JSON output of the same run gives (citations are not in it, so they are taken from the line).</summary>
    public SummaryLine FromJson(JsonDocument json)
    {
        var files = json.RootElement.GetProperty("files").EnumerateArray().ToArray();
        var severities = files.SelectMany(f => f.GetProperty("diagnostics").EnumerateArray()).Select(d => d.GetProperty("severity").GetString()).ToList();
        return new SummaryLine(files.Length, Citations, severities.Count(s => s == "error"), severities.Count(s => s == "warning"), severities.Count(s => s == "info"));
    }
}
