using System;
using System.Globalization;
using Citaties.Cli.Output.Lint;
using Citaties.Rules;

namespace Citaties.Cli.Commands.Lint;

/// <summary>
/// The counts of a lint run, for the one summary line on standard error:
/// <c>citaties: 3 files, 41 citations, 1 error, 2 warnings, 0 info in 0.4 s</c>. The findings counted are those
/// reported, so the line agrees with the output; those a baseline holds are counted apart.
/// </summary>
internal sealed class LintSummary
{
    /// <summary>Files read and linted.</summary>
    public int Files { get; private set; }

    /// <summary>Citations found in them.</summary>
    public int Citations { get; private set; }

    /// <summary>Reported findings that are errors.</summary>
    public int Errors { get; private set; }

    /// <summary>Reported findings that are warnings.</summary>
    public int Warnings { get; private set; }

    /// <summary>Reported findings that are info.</summary>
    public int Infos { get; private set; }

    /// <summary>Findings a baseline held, not reported.</summary>
    public int Known { get; private set; }

    /// <summary>All reported findings.</summary>
    public int Findings => Errors + Warnings + Infos;

    /// <summary>Counts one linted file with <paramref name="citations"/> citations, of whose findings <paramref name="reported"/> are reported.</summary>
    public void Add(int citations, int allFindings, ReportedFile reported)
    {
        Files++;
        Citations += citations;
        Known += allFindings - reported.Findings.Count;
        foreach (var finding in reported.Findings)
        {
            switch (finding.Diagnostic.Severity)
            {
                case RuleSeverity.Error:
                    Errors++;
                    break;
                case RuleSeverity.Warning:
                    Warnings++;
                    break;
                default:
                    Infos++;
                    break;
            }
        }
    }

    /// <summary>The line, with the run's <paramref name="elapsed"/> time; <paramref name="baseline"/> adds the known findings.</summary>
    public string Line(TimeSpan elapsed, bool baseline)
    {
        var known = baseline ? $", {Known} known from the baseline" : string.Empty;
        var seconds = elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture);
        return $"citaties: {Plural(Files, "file")}, {Plural(Citations, "citation")}, {Plural(Errors, "error")}, {Plural(Warnings, "warning")}, {Infos} info{known} in {seconds} s";
    }

    private static string Plural(int count, string noun) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? string.Empty : "s");
}
