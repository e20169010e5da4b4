using System;
using System.IO;
using System.IO.Compression;
using System.Linq;

namespace Citaties.SampleDocx.Building;

/// <summary>
/// Rewrites a package so that the same content always gives the same bytes: System.IO.Packaging stamps every
/// entry with the current time, so the entries are copied into a new zip with one fixed time and no
/// platform file attributes, <c>[Content_Types].xml</c> first and the rest in the order they were written.
/// </summary>
internal static class DeterministicZip
{
    private static readonly DateTimeOffset EntryTime = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static void Rewrite(Stream package, Stream output)
    {
        package.Position = 0;
        using var source = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true);
        using var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        var ordered = source.Entries
            .OrderBy(e => e.FullName == "[Content_Types].xml" ? 0 : 1)
            .ToList();
        foreach (var entry in ordered)
        {
            var copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
            copy.LastWriteTime = EntryTime;
            copy.ExternalAttributes = 0;
            using var from = entry.Open();
            using var to = copy.Open();
            from.CopyTo(to);
        }
    }
}
