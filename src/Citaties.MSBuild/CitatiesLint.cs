using System;
using System.IO;
using System.Linq;
using Citaties.Documents;
using Citaties.OpenXml;
using Citaties.Rules;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace Citaties.MSBuild;

/// <summary>
/// Lints the project's <c>CitatiesDocument</c> items in the build: each is read by the library's document reader
/// (Word through Citaties.OpenXml), with the settings of its nearest <c>citaties.json</c> and the item's
/// <c>Profile</c>, and each finding is logged where it stands (<see cref="FindingLog"/>). On success it writes the
/// stamp file, the output that lets MSBuild skip the lint while no input changes.
/// </summary>
public sealed class CitatiesLint : Task
{
    // The reader every front end uses, with Word documents added: one reader for every file type, as in the CLI.
    private static readonly DocumentReader Reader = DocumentReader.Default.With(DocxFormat.Instance);

    // For the message that lists the valid values (Enum.GetValues<T> is not in net472).
    private static readonly LintProfile[] Profiles = { LintProfile.Regeling, LintProfile.Toelichting, LintProfile.Kamerstuk, LintProfile.Literatuur };

    /// <summary>The documents; the metadata <c>Profile</c> names each one's kind (regeling, toelichting, kamerstuk, literatuur).</summary>
    [Required]
    public ITaskItem[] Documents { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>The profile of documents without <c>Profile</c> metadata; empty leaves it to <c>citaties.json</c>.</summary>
    public string? Profile { get; set; }

    /// <summary>The lowest severity that fails the build: error (the default), warning, info or none.</summary>
    public string? FailOn { get; set; }

    /// <summary>A configuration file for every document instead of the nearest <c>citaties.json</c>.</summary>
    public string? Config { get; set; }

    /// <summary>Written when the lint succeeds, so that an unchanged build skips it.</summary>
    public string? StampFile { get; set; }

    /// <inheritdoc />
    public override bool Execute()
    {
        var failOn = RuleSeverity.Error;
        if (!string.IsNullOrWhiteSpace(FailOn) && !FailLevel.TryParse(FailOn, out failOn))
        {
            Log.LogError(BuildCodes.Subcategory, BuildCodes.BadSetting, null, null, 0, 0, 0, 0,
                $"CitatiesFailOn '{FailOn}' is not one of {string.Join(", ", FailLevel.Names)}.");
            return false;
        }

        var settings = new DocumentSettings(string.IsNullOrWhiteSpace(Config) ? null : Path.GetFullPath(Config));
        var findings = 0;
        foreach (var item in Documents)
        {
            findings += Lint(item, settings, failOn);
        }

        Log.LogMessage(MessageImportance.High, $"Citaties: {Documents.Length} document(s) linted, {findings} finding(s)");
        if (Log.HasLoggedErrors)
        {
            return false;
        }

        WriteStamp();
        return true;
    }

    // Lints one document and logs its findings; returns how many there were.
    private int Lint(ITaskItem item, DocumentSettings settings, RuleSeverity failOn)
    {
        var path = item.GetMetadata("FullPath");
        if (!ProfileOf(item, out var profile))
        {
            return 0;
        }

        var options = settings.For(path, profile, out var problem);
        if (options is null)
        {
            if (problem is not null)
            {
                Log.LogError(BuildCodes.Subcategory, BuildCodes.BadConfiguration, null, path, 0, 0, 0, 0, problem);
            }
            else
            {
                // The reason was given once for the first document under the same configuration.
                Log.LogError(BuildCodes.Subcategory, BuildCodes.BadConfiguration, null, path, 0, 0, 0, 0, "not linted: its configuration cannot be used (see above)");
            }

            return 0;
        }

        SourceDocument document;
        try
        {
            document = Reader.ReadFile(path, item.ItemSpec);
        }
        catch (DocumentException exception)
        {
            Log.LogError(BuildCodes.Subcategory, BuildCodes.BadDocument, null, path, 0, 0, 0, 0, exception.Reason);
            return 0;
        }

        var result = document.Lint(options);
        foreach (var finding in result.Findings)
        {
            FindingLog.Write(Log, path, finding, failOn);
        }

        return result.Findings.Count;
    }

    private bool ProfileOf(ITaskItem item, out LintProfile? profile)
    {
        profile = null;
        var name = item.GetMetadata("Profile");
        if (string.IsNullOrWhiteSpace(name))
        {
            name = Profile;
        }

        if (string.IsNullOrWhiteSpace(name))
        {
            return true;
        }

        if (LintProfileNames.TryParse(name, out var named))
        {
            profile = named;
            return true;
        }

        Log.LogError(BuildCodes.Subcategory, BuildCodes.BadSetting, null, item.GetMetadata("FullPath"), 0, 0, 0, 0,
            $"Profile '{name}' is not one of {string.Join(", ", Profiles.Select(p => p.ToName()))}.");
        return false;
    }

    private void WriteStamp()
    {
        if (string.IsNullOrWhiteSpace(StampFile))
        {
            return;
        }

        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(StampFile))!);
            File.WriteAllText(StampFile, $"{Documents.Length} document(s) linted\n");
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Not fatal: the next build lints again.
            Log.LogWarning($"Citaties: cannot write {StampFile}: {exception.Message}");
        }
    }
}
