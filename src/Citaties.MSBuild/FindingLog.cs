using Citaties.Documents;
using Citaties.Rules;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace Citaties.MSBuild;

/// <summary>
/// Turns one finding into an MSBuild error, warning or message with the rule's id as its code, the file, the start
/// and end line and column, and the rule page as its help link: the form the build output, the IDE's error list and
/// CI log parsers all read. Findings at or above the fail-on level are errors (they fail the build); other warnings
/// stay warnings and infos are messages, as the compiler shows its own.
/// </summary>
internal static class FindingLog
{
    /// <summary>Logs <paramref name="finding"/> of the document at <paramref name="file"/>.</summary>
    public static void Write(TaskLoggingHelper log, string file, LintFinding finding, RuleSeverity failOn)
    {
        var diagnostic = finding.Diagnostic;
        var region = finding.Region;
        var message = diagnostic.Message + Where(finding.Place);
        var help = RuleCatalog.Find(diagnostic.Id)?.HelpLink;
        if (FailLevel.Fails(diagnostic.Severity, failOn))
        {
            log.LogError(BuildCodes.Subcategory, diagnostic.Id, null, help, file, region.StartLine, region.StartColumn, region.EndLine, region.EndColumn, message);
        }
        else if (diagnostic.Severity == RuleSeverity.Warning)
        {
            log.LogWarning(BuildCodes.Subcategory, diagnostic.Id, null, help, file, region.StartLine, region.StartColumn, region.EndLine, region.EndColumn, message);
        }
        else
        {
            log.LogMessage(BuildCodes.Subcategory, diagnostic.Id, null, file, region.StartLine, region.StartColumn, region.EndLine, region.EndColumn, MessageImportance.Normal, message);
        }
    }

    // A Word document has no lines an editor can go to: the line is the paragraph in the extracted text, so the
    // message says which part and paragraph that is, and the heading it stands under.
    private static string Where(DocumentPlace? place)
    {
        if (place is null)
        {
            return "";
        }

        var under = place.Heading is { } heading ? $", under \"{heading}\"" : "";
        return $" (in {place.Part}, paragraph {place.Paragraph}{under})";
    }
}
