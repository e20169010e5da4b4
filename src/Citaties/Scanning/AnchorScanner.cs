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
/// Three steps, each dearer than the one before and run on fewer positions, none growing with the number of
/// anchors. On .NET 8 and later with SSSE3 or Arm64, <c>AnchorPrefilter</c> tests sixteen positions at once for the
/// first two characters of an anchor at a word start; elsewhere (netstandard2.0 runs inside the compiler, over every
/// comment and string of a project) a scalar loop does the same with table lookups per character. A position that
/// passes is checked against a four-character Bloom filter of its pair's anchors, then compared with those few
/// anchors (<see cref="AnchorEntry.LengthAt"/>, which also reads a word hyphenated over a line end).
/// </remarks>
internal sealed class AnchorScanner
{
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

    // First characters outside ASCII (both cases), which the tables above cannot index.
    private readonly List<char> nonAsciiStarts = new();

    // For each pair, a 64-bit Bloom filter of the first four characters of its anchors (all bits where one is
    // shorter): most pairs that pass are ordinary words ("de ", "be", "ge") that end there.
    private readonly ulong[] quadsByPair = new ulong[PairCount];

#if NET
    private readonly AnchorPrefilter? prefilter;
#endif

    public AnchorScanner(IEnumerable<CitationFamily> families)
    {
        var byAnchor = new Dictionary<string, List<CitationFamily>>(StringComparer.OrdinalIgnoreCase);
        foreach (var family in families)
        {
            foreach (var anchor in family.Anchors)
            {
                if (anchor.Length == 0)
                {
                    throw new ArgumentException($"Family {family.Name} has an empty anchor.");
                }

                if (!byAnchor.TryGetValue(anchor, out var list))
                {
                    byAnchor[anchor] = list = new List<CitationFamily>();
                }

                list.Add(family);
            }
        }

        // A word hyphenated over a line end ("Kamer-\nstukken") is found through its whole anchor word, which
        // accepts the break (AnchorEntry.LengthAt): the break comes after its first two letters, so it shares
        // their pair.
        Entries = byAnchor.Select(kv => new AnchorEntry(kv.Key, kv.Value.ToArray()))
            .OrderByDescending(e => e.Text.Length).ThenBy(e => e.Text, StringComparer.Ordinal).ToArray();
        var lists = new List<AnchorEntry>?[PairCount];
        for (var c = 0; c < Slots; c++)
        {
            startFlags[c] = char.IsLetterOrDigit((char)c) ? WordCharacter : (byte)0;
        }

        foreach (var entry in Entries)
        {
            foreach (var first in new[] { char.ToLowerInvariant(entry.Text[0]), char.ToUpperInvariant(entry.Text[0]) })
            {
                if (first < Slots)
                {
                    startFlags[first] |= entry.NeedsWordStart ? StartsAnchor : (byte)(StartsAnchor | StartsAnchorAnywhere);
                }
                else if (!nonAsciiStarts.Contains(first))
                {
                    nonAsciiStarts.Add(first);
                }
            }

            foreach (var pair in PairsOf(entry.Text))
            {
                (lists[pair] ??= new List<AnchorEntry>()).Add(entry);
                quadsByPair[pair] |= entry.Text.Length < 4 ? ulong.MaxValue : QuadBit(entry.Text.AsSpan(), 0);
                Set(entry.NeedsWordStart ? pairsAtWordStart : pairsAnywhere, pair);
            }
        }

        for (var pair = 0; pair < PairCount; pair++)
        {
            byPair[pair] = lists[pair]?.ToArray();
        }

#if NET
        // The prefilter narrows characters to bytes, which keeps only first characters up to U+00FF (§) apart.
        prefilter = AnchorPrefilter.IsSupported && Entries.All(e => char.ToUpperInvariant(e.Text[0]) <= 0xFF && char.ToLowerInvariant(e.Text[0]) <= 0xFF)
            ? new AnchorPrefilter(Entries)
            : null;
#endif
    }

    /// <summary>Every anchor with its families, longest first.</summary>
    public IReadOnlyList<AnchorEntry> Entries { get; }

    /// <summary>
    /// The offset of the next position at or after <paramref name="from"/> where some anchor starts (at a word start
    /// when all its families want one), or -1 when there is none.
    /// </summary>
    public int NextCandidate(ReadOnlySpan<char> text, int from)
    {
#if NET
        if (prefilter is not null)
        {
            return NextCandidateVectorized(text, from < 0 ? 0 : from);
        }
#endif
        return NextCandidateScalar(text, from);
    }

#if NET
    // Sixteen positions at a time: the prefilter proposes the positions where an anchor's first character stands at a
    // word start (or where an anchor that may stand anywhere begins), a few in a hundred in running text, and each
    // is confirmed as in the scalar scan.
    private int NextCandidateVectorized(ReadOnlySpan<char> text, int from)
    {
        var i = from;
        if (i >= text.Length)
        {
            return -1;
        }

        if (i == 0)
        {
            if (IsHit(text, 0))
            {
                return 0;
            }

            i = 1;
        }

        for (; i <= text.Length - AnchorPrefilter.Width - 1; i += AnchorPrefilter.Width)
        {
            for (var mask = prefilter!.Candidates(text, i); mask != 0; mask &= mask - 1)
            {
                var position = i + System.Numerics.BitOperations.TrailingZeroCount(mask);
                if (IsHit(text, position))
                {
                    return position;
                }
            }
        }

        return NextCandidateScalar(text, i);
    }
#endif

    // Whether some anchor starts at `position`, word start and line breaks included: the exact check behind the
    // prefilter.
    private bool IsHit(ReadOnlySpan<char> text, int position)
    {
        var pair = (Fold(text[position]) * Slots) + (position + 1 < text.Length ? Fold(text[position + 1]) : 0);
        if (!MayStartQuad(pair, text, position))
        {
            return false;
        }

        var wordStart = IsSet(pairsAtWordStart, pair) && IsWordStart(text, position);
        return (wordStart || IsSet(pairsAnywhere, pair)) && AnyStartsAt(byPair[pair]!, text, position, wordStart);
    }

    // Whether the four characters at `position` may begin an anchor of the pair's bucket (false when no anchor
    // starts with the pair). A dash as the fourth character may be a line break inside a hyphenated anchor word,
    // which the bucket decides.
    private bool MayStartQuad(int pair, ReadOnlySpan<char> text, int position)
    {
        var quads = quadsByPair[pair];
        return quads != 0
            && (quads == ulong.MaxValue || position + 3 >= text.Length || text[position + 3] == '-' || (quads & QuadBit(text, position)) != 0);
    }

    private static ulong QuadBit(ReadOnlySpan<char> text, int position)
    {
        var key = (uint)(Fold(text[position]) | (Fold(text[position + 1]) << 7) | (Fold(text[position + 2]) << 14) | (Fold(text[position + 3]) << 21));
        return 1UL << (int)((key * 0x9E3779B1u) >> 26);
    }

    private static bool AnyStartsAt(AnchorEntry[] bucket, ReadOnlySpan<char> text, int position, bool wordStart)
    {
        foreach (var entry in bucket)
        {
            if ((wordStart || !entry.NeedsWordStart) && entry.LengthAt(text, position) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// As <see cref="NextCandidate"/>, one character at a time: the scan of the netstandard2.0 build and of machines
    /// without vector instructions, and the reference the vectorised scan is tested against.
    /// </summary>
    internal int NextCandidateScalar(ReadOnlySpan<char> text, int from)
    {
        var last = text.Length - 1;
        var i = from < 0 ? 0 : from;
        if (i > last)
        {
            return -1;
        }

        var afterWord = i > 0 && char.IsLetterOrDigit(text[i - 1]);
        var footnoteDigits = afterWord ? FootnoteDigitsBefore(text, i) : 0;
        for (; i <= last; i++)
        {
            var c = text[i];
            if (c >= Slots)
            {
                // Every character outside ASCII shares one pair slot: the few anchors that start with one (§) are
                // confirmed by the whole check.
                if (nonAsciiStarts.Count > 0 && nonAsciiStarts.Contains(c) && IsHit(text, i))
                {
                    return i;
                }

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

            if (MayStartQuad(pair, text, i) && AnyStartsAt(byPair[pair]!, text, i, atWordStart))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// The anchors that may start at <paramref name="position"/>, longest first: those that share its first two
    /// characters, each to be confirmed with <see cref="AnchorEntry.LengthAt"/>.
    /// </summary>
    public ReadOnlySpan<AnchorEntry> AnchorsAt(ReadOnlySpan<char> text, int position)
    {
        var c = text[position];
        return byPair[(Fold(c) * Slots) + (position + 1 < text.Length ? Fold(text[position + 1]) : 0)] is { } bucket
            ? bucket
            : default;
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

    // The pairs a text starting with this anchor can begin with. Case-insensitive ordinal comparison never equates
    // a character outside ASCII with one inside it, so a folded pair matches exactly when the characters could.
    private static IEnumerable<int> PairsOf(string anchor)
    {
        var first = Fold(anchor[0]) * Slots;
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
