using System;
using System.Collections.Generic;
using System.Linq;
using Citaties.Kinds;

namespace Citaties.Scanning;

/// <summary>
/// Finds where anchor words ("kamerstuk", "ecli", "stb", ...) start. Built once from the family registry;
/// immutable and thread-safe.
/// </summary>
/// <remarks>
/// The prefilter looks at two characters: a position is checked only when the pair it starts (folded to lower-case
/// ASCII, every other character into one slot) begins some anchor, and, for anchors whose families all want a word
/// start, only after a character that is not a letter or digit. That costs a few table lookups per character
/// whatever the number of anchors, in both builds (netstandard2.0 runs it inside the compiler, over every comment
/// and string of a project). The pairs that pass are confirmed against the few anchors that start with them.
/// </remarks>
internal sealed class AnchorScanner
{
    private const int MinHyphenatedLength = 6;

    // A footnote number glued to a citation in text from PDF (12Kamerstukken): at most three digits at a word start.
    private const int MaxFootnoteDigits = 3;

    // A character pair is indexed as Fold(first) * 128 + Fold(second); the end of the text counts as a second
    // character folded to 0, which only one-character anchors accept.
    private const int Slots = 128;
    private const int OtherSlot = Slots - 1;
    private const int PairCount = Slots * Slots;

    private static readonly byte[] Folded = CreateFoldTable();

    // Flags of an ASCII character: a letter or digit (so the next position is no word start), and whether it starts
    // some anchor, or some anchor that may stand anywhere (inside a word too).
    private const byte WordCharacter = 1;
    private const byte StartsAnchor = 2;
    private const byte StartsAnchorAnywhere = 4;
    private readonly byte[] startFlags = new byte[Slots];

    // Which pairs start an anchor that may stand anywhere, and which one that needs a word start (bit sets).
    private readonly ulong[] pairsAnywhere = new ulong[PairCount / 64];
    private readonly ulong[] pairsAtWordStart = new ulong[PairCount / 64];

    // The anchors that start with each pair, longest first (null where none does).
    private readonly AnchorEntry[]?[] byPair = new AnchorEntry[PairCount][];

    public AnchorScanner(IEnumerable<CitationFamily> families)
    {
        var byAnchor = new Dictionary<string, List<CitationFamily>>(StringComparer.OrdinalIgnoreCase);
        foreach (var family in families)
        {
            foreach (var anchor in family.Anchors)
            {
                if (anchor.Length == 0 || anchor[0] >= 128)
                {
                    throw new ArgumentException($"Anchor '{anchor}' of family {family.Name} must start with an ASCII character.");
                }

                if (!byAnchor.TryGetValue(anchor, out var list))
                {
                    byAnchor[anchor] = list = new List<CitationFamily>();
                }

                list.Add(family);
            }
        }

        // A word hyphenated over a line end ("Kamer-\nstukken") is found through variants of each anchor word:
        // its first part with a hyphen, checked for the line break and the rest of the word (AnchorEntry.LengthAt).
        // They share their pair with the whole word, so they cost the prefilter nothing.
        var entries = byAnchor.Select(kv => new AnchorEntry(kv.Key, kv.Value.ToArray())).ToList();
        foreach (var kv in byAnchor.Where(kv => kv.Key.Length >= MinHyphenatedLength && kv.Key.All(c => c is >= 'a' and <= 'z')))
        {
            for (var split = 3; split <= kv.Key.Length - 3; split++)
            {
                entries.Add(new AnchorEntry(kv.Key.Remove(split) + "-", kv.Value.ToArray(), kv.Key.Substring(split)));
            }
        }

        Anchors = entries.Select(e => e.Text).Distinct().OrderBy(a => a, StringComparer.Ordinal).ToArray();
        Entries = entries.OrderByDescending(e => e.Text.Length).ThenBy(e => e.Text, StringComparer.Ordinal).ToArray();
        var lists = new List<AnchorEntry>?[PairCount];
        for (var c = 0; c < Slots; c++)
        {
            startFlags[c] = char.IsLetterOrDigit((char)c) ? WordCharacter : (byte)0;
        }

        foreach (var entry in Entries)
        {
            foreach (var first in new[] { char.ToLowerInvariant(entry.Text[0]), char.ToUpperInvariant(entry.Text[0]) })
            {
                startFlags[first] |= entry.NeedsWordStart ? StartsAnchor : (byte)(StartsAnchor | StartsAnchorAnywhere);
            }

            foreach (var pair in PairsOf(entry.Text))
            {
                (lists[pair] ??= new List<AnchorEntry>()).Add(entry);
                Set(entry.NeedsWordStart ? pairsAtWordStart : pairsAnywhere, pair);
            }
        }

        for (var pair = 0; pair < PairCount; pair++)
        {
            byPair[pair] = lists[pair]?.ToArray();
        }
    }

    /// <summary>Every distinct anchor string.</summary>
    public IReadOnlyList<string> Anchors { get; }

    /// <summary>Every anchor with its families, hyphenated variants included, longest first.</summary>
    public IReadOnlyList<AnchorEntry> Entries { get; }

    /// <summary>
    /// The offset of the next position at or after <paramref name="from"/> where some anchor starts (at a word start
    /// when all its families want one), or -1 when there is none.
    /// </summary>
    public int NextCandidate(ReadOnlySpan<char> text, int from)
    {
        var last = text.Length - 1;
        var i = from < 0 ? 0 : from;
        var afterWord = i > 0 && char.IsLetterOrDigit(text[i - 1]);
        var footnoteDigits = afterWord ? FootnoteDigitsBefore(text, i) : 0;
        for (; i <= last; i++)
        {
            var c = text[i];
            if (c >= Slots)
            {
                afterWord = char.IsLetterOrDigit(c);
                footnoteDigits = 0;
                continue;
            }

            // Inside a word only an anchor that may stand anywhere can start: most characters end here. A capital
            // right after footnote digits starts a word, so that the citation starts after the digits.
            var flags = startFlags[c];
            var atWordStart = !afterWord || (footnoteDigits > 0 && footnoteDigits <= MaxFootnoteDigits && c is >= 'A' and <= 'Z');
            footnoteDigits = c is >= '0' and <= '9' && (footnoteDigits > 0 || !afterWord) ? footnoteDigits + 1 : 0;
            afterWord = (flags & WordCharacter) != 0;
            if ((flags & (atWordStart ? StartsAnchor : StartsAnchorAnywhere)) == 0)
            {
                continue;
            }

            var pair = (Folded[c] * Slots) + (i < last ? Fold(text[i + 1]) : 0);
            if (!IsSet(pairsAnywhere, pair) && !(atWordStart && IsSet(pairsAtWordStart, pair)))
            {
                continue;
            }

            foreach (var entry in byPair[pair]!)
            {
                if ((atWordStart || !entry.NeedsWordStart) && StartsAt(text, i, entry.Text))
                {
                    return i;
                }
            }
        }

        return -1;
    }

    /// <summary>
    /// The anchors that may start at <paramref name="position"/>, longest first: a run of candidates, each to be
    /// confirmed with <see cref="AnchorEntry.LengthAt"/> (which also checks a hyphenated variant's line break).
    /// </summary>
    public ReadOnlySpan<AnchorEntry> AnchorsAt(ReadOnlySpan<char> text, int position)
    {
        var c = text[position];
        if (c >= Slots || byPair[(Folded[c] * Slots) + (position + 1 < text.Length ? Fold(text[position + 1]) : 0)] is not { } bucket)
        {
            return default;
        }

        // The entries whose text starts here form one run of the bucket (sorted longest first); return that
        // run without copying, and let the caller check each entry with AnchorEntry.LengthAt.
        var first = -1;
        var last = -1;
        for (var i = 0; i < bucket.Length; i++)
        {
            if (StartsAt(text, position, bucket[i].Text))
            {
                first = first < 0 ? i : first;
                last = i;
            }
        }

        return first >= 0 ? new ReadOnlySpan<AnchorEntry>(bucket, first, last - first + 1) : default;
    }

    /// <summary>
    /// True when <paramref name="position"/> is not preceded by a letter or digit, or is a capital after a footnote
    /// number glued on in text from PDF (<c>12Kamerstukken</c>): where most anchors may start.
    /// </summary>
    public static bool IsWordStart(ReadOnlySpan<char> text, int position) =>
        position == 0 || !char.IsLetterOrDigit(text[position - 1]) || AfterFootnoteDigits(text, position);

    // How many digits that stand at a word start come right before `position` (0 when more than a footnote has):
    // the scan resumed inside "12Kamerstukken" after trying the anchor "1" must still see the capital as a word start.
    private static int FootnoteDigitsBefore(ReadOnlySpan<char> text, int position)
    {
        var start = position;
        while (start > 0 && position - start <= MaxFootnoteDigits && text[start - 1] is >= '0' and <= '9')
        {
            start--;
        }

        var digits = position - start;
        return digits is > 0 and <= MaxFootnoteDigits && (start == 0 || !char.IsLetterOrDigit(text[start - 1])) ? digits : 0;
    }

    private static bool AfterFootnoteDigits(ReadOnlySpan<char> text, int position) =>
        text[position] is >= 'A' and <= 'Z' && FootnoteDigitsBefore(text, position) > 0;

    private static bool StartsAt(ReadOnlySpan<char> text, int position, string anchor) =>
        text.Slice(position).StartsWith(anchor.AsSpan(), StringComparison.OrdinalIgnoreCase);

    // The pairs a text starting with this anchor can begin with. Case-insensitive ordinal comparison never equates
    // a character outside ASCII with one inside it, so a folded pair matches exactly when the characters could.
    private static IEnumerable<int> PairsOf(string anchor)
    {
        var first = Folded[anchor[0]] * Slots;
        if (anchor.Length == 1)
        {
            return Enumerable.Range(first, Slots);
        }

        return new[] { first + Fold(anchor[1]) };
    }

    private static int Fold(char c) => c < Slots ? Folded[c] : OtherSlot;

    private static byte[] CreateFoldTable()
    {
        var table = new byte[Slots];
        for (var c = 0; c < Slots; c++)
        {
            table[c] = (byte)(c is >= 'A' and <= 'Z' ? c + ('a' - 'A') : c);
        }

        // DEL shares its slot with every non-ASCII character: a superset, confirmed by the comparison.
        return table;
    }

    private static void Set(ulong[] bits, int index) => bits[index >> 6] |= 1UL << (index & 63);

    private static bool IsSet(ulong[] bits, int index) => (bits[index >> 6] & (1UL << (index & 63))) != 0;
}

/// <summary>An anchor string and the families it can start.</summary>
internal sealed class AnchorEntry
{
    public AnchorEntry(string text, CitationFamily[] families, string? continuation = null)
    {
        Text = text;
        Families = families;
        Continuation = continuation;
        NeedsWordStart = families.All(f => f.AnchorNeedsWordStart);
    }

    public string Text { get; }

    public CitationFamily[] Families { get; }

    /// <summary>For a hyphenated variant ("kamer-"), the rest of the word that must follow the line break ("stuk").</summary>
    public string? Continuation { get; }

    /// <summary>True when every family of this anchor wants it at a word start (after no letter or digit).</summary>
    public bool NeedsWordStart { get; }

    /// <summary>
    /// How many source characters the anchor word covers at <paramref name="position"/>, or -1 when a
    /// hyphenated variant is not followed by a line break and the rest of its word.
    /// </summary>
    public int LengthAt(ReadOnlySpan<char> text, int position)
    {
        if (!text.Slice(position).StartsWith(Text.AsSpan(), StringComparison.OrdinalIgnoreCase))
        {
            return -1;
        }

        if (Continuation is null)
        {
            return Text.Length;
        }

        var i = position + Text.Length;
        while (i < text.Length && text[i] is ' ' or '\t')
        {
            i++;
        }

        if (i >= text.Length || text[i] is not ('\n' or '\r'))
        {
            return -1;
        }

        while (i < text.Length && char.IsWhiteSpace(text[i]) && text[i] != '\u2029')
        {
            i++;
        }

        return text.Slice(i).StartsWith(Continuation.AsSpan(), StringComparison.OrdinalIgnoreCase) ? i + Continuation.Length - position : -1;
    }
}
