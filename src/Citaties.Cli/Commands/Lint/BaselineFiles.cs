using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using Citaties.Documents;

namespace Citaties.Cli.Commands.Lint;

/// <summary>
/// A baseline file as the command line reads and writes it: paths in it are relative to the file's own folder,
/// with forward slashes, so that the same baseline works whichever folder the tool runs from.
/// </summary>
internal sealed class BaselineFiles
{
    private readonly string workingDirectory;
    private readonly string folder;

    /// <summary>For the baseline at <paramref name="path"/> (relative to <paramref name="workingDirectory"/>).</summary>
    public BaselineFiles(string workingDirectory, string path)
    {
        this.workingDirectory = workingDirectory;
        FullPath = Path.GetFullPath(Path.Combine(workingDirectory, path));
        folder = Path.GetDirectoryName(FullPath)!;
    }

    /// <summary>The baseline file.</summary>
    public string FullPath { get; }

    /// <summary>The key of a document in the baseline: its path relative to the baseline's folder; standard input stays <c>-</c>.</summary>
    public string Key(SourceDocument document)
    {
        if (document.Name == Inputs.InputResolver.StdinArgument)
        {
            return document.Name;
        }

        var relative = Path.GetRelativePath(folder, Path.GetFullPath(Path.Combine(workingDirectory, document.Name)));
        return Inputs.DisplayPaths.Normalize(relative);
    }

    /// <summary>The baseline, or null with the problem to report.</summary>
    public FindingBaseline? Read(out string? problem)
    {
        problem = null;
        try
        {
            return FindingBaseline.Parse(File.ReadAllText(FullPath, Encoding.UTF8));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            problem = $"{FullPath}: the baseline cannot be read: {exception.Message}";
        }
        catch (FormatException exception)
        {
            problem = $"{FullPath}: {exception.Message}";
        }

        return null;
    }

    /// <summary>
    /// Writes the baseline of <paramref name="files"/>, replacing an earlier baseline but never another file; null
    /// when written, otherwise the problem.
    /// </summary>
    public string? Write(IEnumerable<(string Path, IReadOnlyList<LintFinding> Findings)> files)
    {
        if (File.Exists(FullPath) && Read(out _) is null)
        {
            return $"{FullPath} exists and is not a citaties baseline; it is left as it is (remove it or name another file)";
        }

        try
        {
            AtomicFile.Write(FullPath, FindingBaseline.From(files).ToJson(), null, inPlace: false);
            return null;
        }
        catch (DocumentException exception)
        {
            return $"{exception.Path}: {exception.Reason}";
        }
    }
}
