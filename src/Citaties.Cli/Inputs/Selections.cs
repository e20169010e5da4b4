using System.Collections.Generic;
using System.IO;
using Citaties.Configuration;
using Citaties.Documents;

namespace Citaties.Cli.Inputs;

/// <summary>The library's <see cref="FileSelection"/> as the commands make it, with a problem for the user instead of an exception.</summary>
internal static class Selections
{
    /// <summary>
    /// The selection for a run from <paramref name="workingDirectory"/> with <paramref name="configuration"/>'s
    /// <c>files</c> and <c>exclude</c> and the <c>--exclude</c> patterns; null with the problem when the ignore file cannot be read.
    /// </summary>
    public static FileSelection? Create(string workingDirectory, CitatiesConfiguration configuration, IReadOnlyList<string> excludes, out string? problem)
    {
        problem = null;
        try
        {
            return FileSelection.Create(PhysicalFileSystem.Instance, workingDirectory, configuration, excludes);
        }
        catch (System.Exception exception) when (exception is IOException or System.UnauthorizedAccessException)
        {
            problem = $"{FileSelection.IgnoreFileName} cannot be read: {exception.Message}";
            return null;
        }
    }

    /// <summary>
    /// For the commands without selection options (extract, fix, sources): a resolver with the default skips and the
    /// nearest <c>.citatiesignore</c>, which describes the repository rather than one command; null when the ignore
    /// file cannot be read, which is reported on the context's standard error.
    /// </summary>
    public static InputResolver? DefaultResolver(Commands.CommandContext context, IReadOnlyList<string> folderExtensions)
    {
        var workingDirectory = context.Settings.WorkingDirectory;
        if (Create(workingDirectory, new CitatiesConfiguration(), System.Array.Empty<string>(), out var problem) is not { } selection)
        {
            context.Stderr.WriteLine($"citaties: {problem}");
            return null;
        }

        return new InputResolver(workingDirectory, folderExtensions, selection);
    }
}
