using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using Citaties.Catalog.Register;

namespace Citaties.BwbTitles;

/// <summary>
/// Turns the TSV rows into the register the library embeds (layout in <see cref="BwbTitleFormat"/>): one row per
/// BWB id, sorted by id, each with the one title it is found by (the cleaned citation title, or the long title where
/// there is none).
/// </summary>
internal static class TitleTable
{
    /// <summary>The uncompressed payload: what the reader sees after inflating the resource.</summary>
    internal static byte[] Payload(IReadOnlyList<TitleRow> rows)
    {
        var entries = Entries(rows);
        var kinds = entries.Select(e => e.Kind).Distinct(StringComparer.Ordinal).OrderBy(k => k, StringComparer.Ordinal).ToList();

        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, new UTF8Encoding(false), leaveOpen: true))
        {
            writer.Write(BwbTitleFormat.Magic);
            writer.Write(BwbTitleFormat.Version);
            writer.Write(kinds.Count);
            foreach (var kind in kinds)
            {
                writer.Write(kind);
            }

            writer.Write(entries.Count);
            foreach (var entry in entries)
            {
                writer.Write(entry.Prefix);
                writer.Write(entry.Digits);
                writer.Write((byte)kinds.IndexOf(entry.Kind));
                writer.Write((byte)entry.Flags);
                writer.Write(entry.Title);
            }
        }

        return buffer.ToArray();
    }

    /// <summary>The payload deflated, as the resource file holds it.</summary>
    internal static byte[] Compress(byte[] payload)
    {
        using var output = new MemoryStream();
        using (var deflate = new DeflateStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            deflate.Write(payload, 0, payload.Length);
        }

        return output.ToArray();
    }

    /// <summary>The rows as they go into the register, sorted by id; a row without any title, or a repeated id, is left out.</summary>
    internal static List<Entry> Entries(IReadOnlyList<TitleRow> rows)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var entries = new List<Entry>(rows.Count);
        foreach (var row in rows)
        {
            if (!TryParseId(row.Bwb, out var prefix, out var digits) || !seen.Add(row.Bwb))
            {
                continue;
            }

            var (title, flags) = TitleOf(row);
            if (title.Length > 0)
            {
                entries.Add(new Entry(prefix, digits, row.Kind, flags, title));
            }
        }

        entries.Sort((a, b) => a.Prefix != b.Prefix ? a.Prefix.CompareTo(b.Prefix) : a.Digits.CompareTo(b.Digits));
        return entries;
    }

    /// <summary>The title a row is found by, and what kind of title it is.</summary>
    internal static (string Title, RowFlags Flags) TitleOf(TitleRow row)
    {
        var citation = row.CitationTitle.Length > 0 ? CitationTitleCleaner.Clean(row.CitationTitle) : null;
        if (citation is not null && !GenericNames.IsGenericWord(citation))
        {
            return (citation, RowFlags.CitationTitle);
        }

        var longTitle = Capitalised(Collapse(row.LongTitle));
        if (longTitle.Length == 0)
        {
            return (citation ?? string.Empty, RowFlags.NotAName);
        }

        // A one-word long title (Huurbeleid, Assurantiebelasting) is a noun of prose, not a name.
        return (longTitle, longTitle.IndexOf(' ') < 0 ? RowFlags.NotAName : RowFlags.LongTitle);
    }

    private static bool TryParseId(string bwb, out byte prefix, out int digits)
    {
        prefix = 0;
        digits = 0;
        for (var i = 0; i < BwbTitleFormat.IdPrefixes.Length; i++)
        {
            var p = BwbTitleFormat.IdPrefixes[i];
            if (bwb.Length == p.Length + BwbTitleFormat.IdDigits && bwb.StartsWith(p, StringComparison.Ordinal)
                && int.TryParse(bwb.AsSpan(p.Length), NumberStyles.None, CultureInfo.InvariantCulture, out digits))
            {
                prefix = (byte)i;
                return true;
            }
        }

        return false;
    }

    // "beleidsregel gemengde leerweg ...": a name starts with a capital, and the register matches only such names.
    private static string Capitalised(string title) =>
        title.Length > 0 && char.IsLower(title[0]) ? char.ToUpper(title[0], CultureInfo.InvariantCulture) + title.Substring(1) : title;

    private static string Collapse(string text) =>
        string.Join(" ", text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>One row of the register.</summary>
    internal sealed record Entry(byte Prefix, int Digits, string Kind, RowFlags Flags, string Title);
}
