using System.Text.RegularExpressions;

namespace Citaties.Analyzers.Tests.EndToEnd;

/// <summary>One finding in MSBuild's canonical form: <c>path(line,column): warning CIT2003: message [project]</c>.</summary>
internal sealed record BuildFinding(string File, int Line, int Column, string Severity, string Id)
{
    public override string ToString() => $"{File}({Line},{Column}): {Severity} {Id}";
}

/// <summary>The distinct findings of some ids in a build's output (MSBuild repeats them in its summary).</summary>
internal static partial class BuildFindings
{
    public static IReadOnlySet<BuildFinding> Read(string output, string root, string idPrefix = "CIT") =>
        output.Split('\n')
            .Select(line => Canonical().Match(line.Trim()))
            .Where(match => match.Success && match.Groups["id"].Value.StartsWith(idPrefix, StringComparison.Ordinal))
            .Select(match => new BuildFinding(
                Path.GetRelativePath(root, match.Groups["file"].Value).Replace('\\', '/'),
                int.Parse(match.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture),
                int.Parse(match.Groups["column"].Value, System.Globalization.CultureInfo.InvariantCulture),
                match.Groups["severity"].Value,
                match.Groups["id"].Value))
            .ToHashSet();

    [GeneratedRegex(@"^(?<file>.+?)\((?<line>\d+),(?<column>\d+)\): (?<severity>warning|error|info) (?<id>[A-Z]+\d+):")]
    private static partial Regex Canonical();
}
