using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Citaties.Documents;

/// <summary>
/// The patterns of one source (a <c>.citatiesignore</c> file, the <c>exclude</c> setting, the <c>--exclude</c>
/// flags) with the folder they are relative to. As in git the last matching pattern decides, and a path inside an
/// ignored folder stays ignored whatever a later <c>!</c> line says, because git never looks inside that folder.
/// </summary>
internal sealed class IgnoreRules
{
    // File names compare as the platform's usual file system does (git's core.ignorecase default).
    internal static readonly bool PlatformIgnoresCase =
        Path.DirectorySeparatorChar == '\\' || System.Runtime.InteropServices.RuntimeInformation.IsOSPlatform(System.Runtime.InteropServices.OSPlatform.OSX);

    private readonly List<IgnorePattern> patterns;

    /// <summary>Rules from <paramref name="lines"/>, relative to the folder <paramref name="baseFolder"/> (a full path).</summary>
    public IgnoreRules(string baseFolder, IEnumerable<string> lines, bool ignoreCase)
    {
        BaseFolder = Path.GetFullPath(baseFolder);
        patterns = lines.Select(line => IgnorePattern.Parse(line, ignoreCase)).OfType<IgnorePattern>().ToList();
    }

    /// <summary>The folder the patterns are relative to.</summary>
    public string BaseFolder { get; }

    /// <summary>True when there are no patterns.</summary>
    public bool IsEmpty => patterns.Count == 0;

    /// <summary>
    /// True when the file or folder at <paramref name="fullPath"/> is ignored: it, or a folder it is in, below
    /// <see cref="BaseFolder"/>. A path outside the base folder is never ignored by these rules.
    /// </summary>
    public bool IsIgnored(string fullPath, bool isDirectory)
    {
        var relative = RelativePath(BaseFolder, fullPath);
        if (relative is null)
        {
            return false;
        }

        var segments = relative.Split('/');
        for (var depth = 1; depth < segments.Length; depth++)
        {
            if (Decide(string.Join("/", segments, 0, depth), isDirectory: true) == true)
            {
                return true;
            }
        }

        return Decide(relative, isDirectory) == true;
    }

    /// <summary>
    /// What the last pattern matching <paramref name="relativePath"/> says: true ignored, false taken back by a
    /// <c>!</c> line, null when no pattern matches. Folders above it are not looked at.
    /// </summary>
    public bool? Decide(string relativePath, bool isDirectory)
    {
        for (var i = patterns.Count - 1; i >= 0; i--)
        {
            if (patterns[i].Matches(relativePath, isDirectory))
            {
                return !patterns[i].Negated;
            }
        }

        return null;
    }

    /// <summary><paramref name="fullPath"/> relative to <paramref name="folder"/> with forward slashes, or null when it is not inside it.</summary>
    internal static string? RelativePath(string folder, string fullPath)
    {
        var comparison = PlatformIgnoresCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        var root = folder.Length > 0 && folder[folder.Length - 1] == Path.DirectorySeparatorChar ? folder : folder + Path.DirectorySeparatorChar;
        var full = Path.GetFullPath(fullPath);
        if (!full.StartsWith(root, comparison) || full.Length == root.Length)
        {
            return null;
        }

        var relative = full.Substring(root.Length);
        // Only where back slash separates folders: elsewhere it is an ordinary character of a file name.
        return (Path.DirectorySeparatorChar == '\\' ? relative.Replace('\\', '/') : relative).TrimEnd('/');
    }
}
