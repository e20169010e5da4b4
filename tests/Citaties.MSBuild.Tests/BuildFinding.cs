using System.Globalization;
using System.Text.RegularExpressions;

namespace Citaties.MSBuild.Tests;

/// <summary>
/// One line of MSBuild's canonical error format, <c>file(line,column,endLine,endColumn): Citaties warning CITnnnn: message</c>,
/// as CI log parsers and the IDE read it.
/// </summary>
public sealed partial record BuildFinding(string File, int Line, int Column, int EndLine, int EndColumn, string Severity, string Code, string Message)
{
    /// <summary>Every distinct finding in <paramref name="output"/> (MSBuild repeats them in its summary).</summary>
    public static IReadOnlyList<BuildFinding> In(string output) =>
        Canonical().Matches(output)
            .Select(m => new BuildFinding(
                m.Groups["file"].Value.Trim(),
                int.Parse(m.Groups["line"].Value, CultureInfo.InvariantCulture),
                int.Parse(m.Groups["column"].Value, CultureInfo.InvariantCulture),
                int.Parse(m.Groups["endLine"].Value, CultureInfo.InvariantCulture),
                int.Parse(m.Groups["endColumn"].Value, CultureInfo.InvariantCulture),
                m.Groups["severity"].Value,
                m.Groups["code"].Value,
                m.Groups["message"].Value.Trim()))
            .Distinct()
            .ToList();

    [GeneratedRegex(@"^(?<file>[^\n(]+)\((?<line>\d+),(?<column>\d+),(?<endLine>\d+),(?<endColumn>\d+)\): Citaties (?<severity>warning|error) (?<code>CIT\w+): (?<message>[^\n]*?)(?: \[[^\n\]]*\])?$", RegexOptions.Multiline)]
    private static partial Regex Canonical();
}
