using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Citaties.Documents;

namespace Citaties.Cli.Inputs;

/// <summary>
/// Turns the FILE arguments into the files to read, in the order given: a file stays itself, a folder becomes
/// its text files (recursively, sorted), a pattern becomes its matches (sorted), and <c>-</c> is standard input.
/// An argument that yields nothing becomes an <see cref="InputProblem"/> in its place. Folders and patterns yield
/// only what the <see cref="FileSelection"/> takes; a file named on its own is always read, since naming it is the
/// clearest wish there is.
/// </summary>
internal sealed class InputResolver
{
    /// <summary>The argument that stands for standard input.</summary>
    public const string StdinArgument = "-";

    private readonly string workingDirectory;
    private readonly IReadOnlyList<string> folderExtensions;
    private readonly FileSelection selection;

    /// <summary>
    /// Resolves relative paths and patterns against <paramref name="workingDirectory"/>; a folder contributes
    /// its files with one of <paramref name="folderExtensions"/> (the extensions the document reader knows) that
    /// <paramref name="selection"/> takes.
    /// </summary>
    public InputResolver(string workingDirectory, IReadOnlyList<string> folderExtensions, FileSelection selection)
    {
        this.workingDirectory = workingDirectory;
        this.folderExtensions = folderExtensions;
        this.selection = selection;
    }

    /// <summary>The inputs of every argument, in argument order.</summary>
    public IEnumerable<ResolvedInput> Resolve(IEnumerable<string> arguments)
    {
        foreach (var argument in arguments)
        {
            foreach (var input in ResolveOne(argument))
            {
                yield return input;
            }
        }
    }

    private IReadOnlyList<ResolvedInput> ResolveOne(string argument)
    {
        if (argument == StdinArgument)
        {
            return new[] { new StdinInput() };
        }

        if (argument.Length == 0)
        {
            return new[] { new InputProblem("\"\"", "an empty path is not a file") };
        }

        try
        {
            var fullPath = Path.GetFullPath(Path.Combine(workingDirectory, argument));
            if (Directory.Exists(fullPath))
            {
                return FromFolder(argument, fullPath);
            }

            if (File.Exists(fullPath))
            {
                return new[] { new FileInput(DisplayPaths.Normalize(argument), fullPath) };
            }

            if (Glob.IsPattern(argument))
            {
                return FromPattern(argument);
            }

            return new[] { new InputProblem(DisplayPaths.Normalize(argument), "no such file or folder") };
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return new[] { new InputProblem(DisplayPaths.Normalize(argument), "cannot be listed: " + exception.Message) };
        }
    }

    private IReadOnlyList<ResolvedInput> FromFolder(string argument, string fullPath)
    {
        var files = FolderWalker.Files(fullPath, folderExtensions, selection);
        if (files.Count == 0)
        {
            return new[]
            {
                new InputProblem(DisplayPaths.Normalize(argument), "folder holds no " + string.Join(", ", folderExtensions) + " files"),
            };
        }

        var inputs = new List<ResolvedInput>(files.Count);
        foreach (var relative in files)
        {
            inputs.Add(new FileInput(DisplayPaths.Join(argument, relative), Path.Combine(fullPath, relative)));
        }

        return inputs;
    }

    private IReadOnlyList<ResolvedInput> FromPattern(string argument)
    {
        var matches = Glob.Expand(workingDirectory, argument)
            .Where(match => selection.IncludesFile(Path.GetFullPath(Path.Combine(workingDirectory, match))))
            .ToList();
        if (matches.Count == 0)
        {
            return new[] { new InputProblem(DisplayPaths.Normalize(argument), "no files match this pattern") };
        }

        var inputs = new List<ResolvedInput>(matches.Count);
        foreach (var match in matches)
        {
            inputs.Add(new FileInput(match, Path.GetFullPath(Path.Combine(workingDirectory, match))));
        }

        return inputs;
    }
}
