using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Citaties.Cli.Inputs;

/// <summary>
/// File name patterns: <c>*</c> any run of characters within one path segment, <c>?</c> one character,
/// <c>**</c> as a whole segment any number of folders (also none). Shells on Windows do not expand
/// patterns, and a quoted pattern reaches the tool unexpanded elsewhere too, so the tool expands them itself.
/// </summary>
internal static class Glob
{
    private static readonly SearchValues<char> Wildcards = SearchValues.Create("*?");

    private static readonly string[] EverythingBelow = { "**", "*" };

    // File names compare as the platform's usual file system does.
    private static readonly bool IgnoreCase = OperatingSystem.IsWindows() || OperatingSystem.IsMacOS();

    /// <summary>True when <paramref name="argument"/> holds a wildcard.</summary>
    public static bool IsPattern(string argument) => argument.AsSpan().IndexOfAny(Wildcards) >= 0;

    /// <summary>
    /// The files matching <paramref name="pattern"/>, relative to <paramref name="workingDirectory"/> unless the
    /// pattern is absolute; shown with the pattern's literal leading folders as written, forward slashes, sorted
    /// ordinally. Hidden entries match only a segment that itself starts with '.', as in a shell.
    /// </summary>
    public static IReadOnlyList<string> Expand(string workingDirectory, string pattern)
    {
        var normalized = DisplayPaths.Normalize(pattern);
        var rooted = Path.IsPathRooted(pattern);
        var segments = normalized.Split('/');
        var literalCount = 0;
        while (literalCount < segments.Length - 1 && !IsPattern(segments[literalCount]))
        {
            literalCount++;
        }

        var literalPrefix = string.Join("/", segments.Take(literalCount));
        var displayPrefix = literalCount == 0 ? string.Empty : literalPrefix + "/";
        if (rooted && literalCount == 1 && literalPrefix.Length == 0)
        {
            displayPrefix = "/";
        }

        var start = literalCount == 0
            ? workingDirectory
            : Path.Combine(workingDirectory, rooted && literalPrefix.Length == 0 ? "/" : literalPrefix);
        var found = new HashSet<string>(StringComparer.Ordinal);
        var directory = new DirectoryInfo(start);
        if (directory.Exists)
        {
            Match(directory, displayPrefix, segments.Skip(literalCount).Where(s => s.Length > 0).ToArray(), 0, found);
        }

        var result = found.ToList();
        result.Sort(StringComparer.Ordinal);
        return result;
    }

    /// <summary>True when <paramref name="name"/> matches the one-segment <paramref name="pattern"/>.</summary>
    public static bool MatchesSegment(string pattern, string name)
    {
        if (name.StartsWith('.') && !pattern.StartsWith('.'))
        {
            return false;
        }

        int p = 0, n = 0, starP = -1, starN = 0;
        while (n < name.Length)
        {
            if (p < pattern.Length && pattern[p] == '*')
            {
                starP = p++;
                starN = n;
            }
            else if (p < pattern.Length && (pattern[p] == '?' || SameChar(pattern[p], name[n])))
            {
                p++;
                n++;
            }
            else if (starP >= 0)
            {
                // Let the last star swallow one more character and retry from there.
                p = starP + 1;
                n = ++starN;
            }
            else
            {
                return false;
            }
        }

        while (p < pattern.Length && pattern[p] == '*')
        {
            p++;
        }

        return p == pattern.Length;
    }

    private static bool SameChar(char a, char b) =>
        a == b || (IgnoreCase && char.ToUpperInvariant(a) == char.ToUpperInvariant(b));

    private static void Match(DirectoryInfo folder, string prefix, string[] segments, int index, HashSet<string> found)
    {
        if (index >= segments.Length)
        {
            return;
        }

        var segment = segments[index];
        var isLast = index == segments.Length - 1;
        if (segment == "**")
        {
            if (isLast)
            {
                // A trailing "**" means everything below.
                Match(folder, prefix, EverythingBelow, 0, found);
                return;
            }

            Match(folder, prefix, segments, index + 1, found);
            foreach (var child in folder.EnumerateDirectories())
            {
                if (!FolderWalker.IsSkippedFolder(child))
                {
                    Match(child, prefix + child.Name + "/", segments, index, found);
                }
            }

            return;
        }

        if (isLast)
        {
            foreach (var file in folder.EnumerateFiles())
            {
                if (MatchesSegment(segment, file.Name))
                {
                    found.Add(prefix + file.Name);
                }
            }

            return;
        }

        foreach (var child in folder.EnumerateDirectories())
        {
            if (MatchesSegment(segment, child.Name))
            {
                Match(child, prefix + child.Name + "/", segments, index + 1, found);
            }
        }
    }
}
