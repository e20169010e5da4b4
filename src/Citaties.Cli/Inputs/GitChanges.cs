using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics;
using System.IO;
using System.Linq;

namespace Citaties.Cli.Inputs;

/// <summary>
/// The files <c>--changed-since REF</c> lets through: those <c>git diff --name-only REF</c> names (the working tree
/// against REF, so committed, staged and unstaged changes alike), without deleted ones, plus untracked files that
/// git does not ignore: a new document not yet added is as much a change as an edited one, and in CI, where the
/// checkout has no untracked files, they add nothing.
/// </summary>
internal static class GitChanges
{
    /// <summary>The full paths of the changed files, or null with the problem to report.</summary>
    public static HashSet<string>? Since(string workingDirectory, string reference, out string? problem)
    {
        var top = Git(workingDirectory, out problem, "rev-parse", "--show-toplevel");
        if (top is null)
        {
            problem = $"--changed-since needs a git repository, and {workingDirectory} is not in one ({problem})";
            return null;
        }

        var root = top.Trim();
        // "--" ends the revisions, so a REF that is also a file name is still read as a revision.
        var changed = Git(root, out problem, "diff", "--name-only", "--no-renames", "--diff-filter=d", "-z", reference, "--");
        if (changed is null)
        {
            problem = $"--changed-since {reference}: {problem}";
            return null;
        }

        var untracked = Git(root, out problem, "ls-files", "--others", "--exclude-standard", "-z");
        if (untracked is null)
        {
            return null;
        }

        return new HashSet<string>(
            (changed + untracked).Split('\0', StringSplitOptions.RemoveEmptyEntries).Select(p => Path.GetFullPath(Path.Combine(root, p))),
            OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
    }

    // Standard output of git, or null with its first line of error (or why git could not be started).
    private static string? Git(string workingDirectory, out string? problem, params string[] arguments)
    {
        problem = null;
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
        // Paths as they are, not quoted with octal escapes for non-ASCII names.
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("core.quotepath=off");
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode == 0)
            {
                return output;
            }

            var message = error.Result.Split('\n').FirstOrDefault(l => l.Trim().Length > 0)?.Trim();
            problem = message ?? $"git exited with {process.ExitCode}";
            return null;
        }
        catch (Win32Exception exception)
        {
            problem = "git cannot be run: " + exception.Message;
            return null;
        }
    }
}
