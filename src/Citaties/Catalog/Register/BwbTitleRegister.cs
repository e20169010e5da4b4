using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Text;
using System.Threading;

namespace Citaties.Catalog.Register;

/// <summary>
/// Every regulation of a 2012 snapshot of the BWB (bwb-titles.bin, generated from bwb-titles.tsv by
/// tools/Citaties.BwbTitles), found by its citation title, by its long title where it has none, and by BWB id.
/// Read once from the embedded resource when a lookup first needs it; immutable after that, so it is safe to
/// share between threads. The titles stay where they are in the inflated payload, UTF-8 (half the memory of eighteen thousand strings; the
/// register is also loaded inside the compiler, by the analyzer), and a title becomes a string, and a row an entry,
/// only when a lookup finds it.
/// </summary>
internal sealed class BwbTitleRegister
{
    private const string SourceName = "BWB titles 2012";

    private static readonly UTF8Encoding Utf8 = new(false);

    private readonly byte[] prefixes;
    private readonly int[] digits;
    private readonly byte[] titleBytes;
    private readonly int[] titleStarts;
    private readonly ushort[] titleLengths;
    private readonly RowFlags[] flags;
    private readonly HashChains byTitle;
    private readonly HashChains byDatedHead;
    private readonly LawEntry?[] entries;

    private BwbTitleRegister(byte[] prefixes, int[] digits, byte[] titleBytes, int[] titleStarts, ushort[] titleLengths, RowFlags[] flags)
    {
        this.prefixes = prefixes;
        this.digits = digits;
        this.titleBytes = titleBytes;
        this.titleStarts = titleStarts;
        this.titleLengths = titleLengths;
        this.flags = flags;
        var count = flags.Length;
        entries = new LawEntry?[count];
        byTitle = new HashChains(count, count);
        byDatedHead = new HashChains(count, 0);

        // One buffer for every title: hashing eighteen thousand titles allocates no string.
        var buffer = new char[LongestTitle(titleLengths)];
        for (var row = 0; row < count; row++)
        {
            if (flags[row] == RowFlags.NotAName)
            {
                continue;
            }

            var length = Utf8.GetChars(titleBytes, titleStarts[row], titleLengths[row], buffer, 0);
            var title = new ReadOnlySpan<char>(buffer, 0, length);
            byTitle.Add(CatalogKey.FoldedHash(title), row);
            var head = flags[row] == RowFlags.LongTitle ? DatedTitle.HeadLength(title) : 0;
            if (head > 0)
            {
                byDatedHead.Add(CatalogKey.FoldedHash(title.Slice(0, head)), row);
            }
        }
    }

    /// <summary>The number of regulations.</summary>
    internal int Count => flags.Length;

    /// <summary>A loader of the register compiled into this assembly, run once by the first thread that needs it.</summary>
    internal static Lazy<BwbTitleRegister> NewEmbeddedLoader() =>
        new(ReadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Reads the embedded resource. A missing or broken resource is a build error, so it throws.</summary>
    internal static BwbTitleRegister ReadEmbedded()
    {
        using var stream = typeof(BwbTitleRegister).Assembly.GetManifestResourceStream(BwbTitleFormat.ResourceName)
            ?? throw new InvalidOperationException($"The embedded catalog resource '{BwbTitleFormat.ResourceName}' is missing from the assembly.");
        return Read(stream);
    }

    /// <summary>Reads a register from its deflated form.</summary>
    internal static BwbTitleRegister Read(Stream compressed)
    {
        var payload = Inflate(compressed);
        var cursor = new PayloadCursor(payload);
        if (cursor.ReadInt32() != BwbTitleFormat.Magic || cursor.ReadByte() != BwbTitleFormat.Version)
        {
            throw new InvalidDataException($"'{BwbTitleFormat.ResourceName}' is not a register of BWB titles of version {BwbTitleFormat.Version}.");
        }

        var kinds = cursor.ReadInt32();
        for (var i = 0; i < kinds; i++)
        {
            // The kind (soort) is kept in the file for tools; no lookup needs it yet.
            cursor.ReadStringBytes();
        }

        var count = cursor.ReadInt32();
        var prefixes = new byte[count];
        var digits = new int[count];
        var titleStarts = new int[count];
        var titleLengths = new ushort[count];
        var flags = new RowFlags[count];
        for (var row = 0; row < count; row++)
        {
            prefixes[row] = cursor.ReadByte();
            digits[row] = cursor.ReadInt32();
            cursor.ReadByte();
            flags[row] = (RowFlags)cursor.ReadByte();
            (titleStarts[row], var length) = cursor.ReadStringBytes();
            titleLengths[row] = (ushort)length;
        }

        return new BwbTitleRegister(prefixes, digits, payload, titleStarts, titleLengths, flags);
    }

    // The whole payload in one array, which then holds the titles for good: no copy per title.
    private static byte[] Inflate(Stream compressed)
    {
        using var deflate = new DeflateStream(compressed, CompressionMode.Decompress);
        using var buffer = new MemoryStream(compressed.CanSeek ? (int)compressed.Length * 4 : 0);
        deflate.CopyTo(buffer);
        return buffer.ToArray();
    }

    /// <summary>
    /// The rows whose citation title (or long title, for a row without one) is <paramref name="name"/>, folded as
    /// the catalog folds names (case, spaces, dashes, dots, diacritics aside).
    /// </summary>
    internal List<int> FindByTitle(ReadOnlySpan<char> name)
    {
        var rows = new List<int>(1);
        for (var row = byTitle.First(CatalogKey.FoldedHash(name)); row >= 0; row = byTitle.After(row))
        {
            if (CatalogKey.FoldedEquals(TitleAt(row).AsSpan(), name))
            {
                rows.Add(row);
            }
        }

        return rows;
    }

    /// <summary>The rows whose long title starts with the dated head <paramref name="head"/> (<c>Wet van 15 mei 1829</c>).</summary>
    internal List<int> FindByDatedHead(ReadOnlySpan<char> head)
    {
        var rows = new List<int>(1);
        for (var row = byDatedHead.First(CatalogKey.FoldedHash(head)); row >= 0; row = byDatedHead.After(row))
        {
            var title = TitleAt(row).AsSpan();
            var length = DatedTitle.HeadLength(title);
            if (CatalogKey.FoldedEquals(title.Slice(0, length), head))
            {
                rows.Add(row);
            }
        }

        return rows;
    }

    /// <summary>The row with BWB id <paramref name="bwb"/> (case-insensitive), or -1.</summary>
    internal int FindByBwb(string bwb)
    {
        var id = bwb.Trim();
        for (byte p = 0; p < BwbTitleFormat.IdPrefixes.Length; p++)
        {
            var prefix = BwbTitleFormat.IdPrefixes[p];
            if (id.Length == prefix.Length + BwbTitleFormat.IdDigits && id.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
                && int.TryParse(id.Substring(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                return BinarySearch(p, number);
            }
        }

        return -1;
    }

    /// <summary>The title a row is found by.</summary>
    internal string TitleAt(int row) =>
        Utf8.GetString(titleBytes, titleStarts[row], titleLengths[row]);

    /// <summary>The BWB id of a row.</summary>
    internal string BwbAt(int row) =>
        BwbTitleFormat.IdPrefixes[prefixes[row]] + digits[row].ToString("D7", CultureInfo.InvariantCulture);

    /// <summary>True when the row's title is its citation title (not its long title).</summary>
    internal bool HasCitationTitle(int row) => flags[row] == RowFlags.CitationTitle;

    /// <summary>The catalog entry of a row, made on first use; every caller gets the same instance.</summary>
    internal LawEntry EntryAt(int row)
    {
        var made = Volatile.Read(ref entries[row]);
        if (made is not null)
        {
            return made;
        }

        var entry = new LawEntry { Title = TitleAt(row), Bwb = BwbAt(row), Source = SourceName };
        return Interlocked.CompareExchange(ref entries[row], entry, null) ?? entry;
    }

    // UTF-8 never takes fewer bytes than chars, so the longest title in bytes bounds every title in chars.
    private static int LongestTitle(ushort[] lengths)
    {
        var longest = 0;
        foreach (var length in lengths)
        {
            longest = Math.Max(longest, length);
        }

        return longest;
    }

    // Rows are sorted by prefix, then number (the generator sorts them).
    private int BinarySearch(byte prefix, int number)
    {
        var low = 0;
        var high = prefixes.Length - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            var order = prefixes[middle] != prefix ? prefixes[middle].CompareTo(prefix) : digits[middle].CompareTo(number);
            if (order == 0)
            {
                return middle;
            }

            if (order < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return -1;
    }
}
