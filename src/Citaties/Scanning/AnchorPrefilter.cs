#if NET
using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.Arm;
using System.Runtime.Intrinsics.X86;

namespace Citaties.Scanning;

/// <summary>
/// The vectorised first step of <see cref="AnchorScanner"/>: for sixteen positions at once, which may start an
/// anchor. A position passes when the first two characters of an anchor stand there, at a word start where the
/// anchor wants one (a capital after a footnote number, <c>12Kamerstukken</c>, passes too). The pairs are tested in at
/// most eight groups (<see cref="AnchorGroups"/>), so the cost does not grow with the number of anchors; what passes
/// is a superset of the hits, confirmed one by one.
/// </summary>
/// <remarks>
/// Characters are narrowed to bytes (everything outside Latin-1 saturates to 0xFF or 0, which no set holds) and
/// tested for membership in a set of ASCII characters with two table lookups on their nibbles (SSSE3 <c>pshufb</c>,
/// Arm64 <c>tbl</c>): the low nibble selects a byte of the set's bitmap, the high nibble a bit in it.
/// </remarks>
internal sealed class AnchorPrefilter
{
    /// <summary>How many positions one call of <see cref="Candidates"/> looks at.</summary>
    public const int Width = 16;

    private static readonly Vector128<byte> HighNibbleBits = Vector128.Create((byte)1, 2, 4, 8, 16, 32, 64, 128, 0, 0, 0, 0, 0, 0, 0, 0);
    private static readonly Vector128<byte> WordCharacters = Bitmap(Enumerable.Range(0, 128).Where(c => char.IsLetterOrDigit((char)c)));
    private static readonly Vector128<byte> Capitals = Bitmap(Enumerable.Range('A', 26));
    private static readonly Vector128<byte> Digits = Bitmap(Enumerable.Range('0', 10));

    // At most this many groups of anchors at a word start, each tested as "first character in the group's set and
    // second character in the set of what follows them": the pair test that lets few ordinary words through.
    private const int MaxGroups = 8;

    private readonly Vector128<byte>[] firstOfGroup;
    private readonly Vector128<byte>[] secondOfGroup;
    private readonly bool[] groupTakesNonAsciiSecond;

    // The same for the anchors that may stand anywhere (inside a word too), as one group.
    private readonly Vector128<byte> firstAnywhere;
    private readonly Vector128<byte> secondAnywhere;
    private readonly bool anywhereTakesNonAsciiSecond;

    // First characters outside ASCII up to U+00FF (§; the scanner uses no prefilter for others), which the narrowing
    // keeps: each compared for equality, at a word start where every anchor starting with it wants one.
    private readonly (Vector128<byte> Character, bool AtWordStart)[] nonAsciiFirst;

    public AnchorPrefilter(IEnumerable<AnchorEntry> entries)
    {
        var list = entries.ToList();
        nonAsciiFirst = list.Where(e => e.Text[0] >= 128)
            .SelectMany(e => AnchorGroups.BothCases(e.Text[0]).Select(c => (Byte: (byte)c, e.NeedsWordStart)))
            .GroupBy(x => x.Byte)
            .Select(g => (Vector128.Create(g.Key), g.All(x => x.NeedsWordStart)))
            .ToArray();
        // The bitmaps hold ASCII only: an anchor that starts outside it (§) is matched by nonAsciiFirst and would
        // only widen the group it was merged into.
        var ascii = list.Where(e => e.Text[0] < 128).ToList();
        var groups = AnchorGroups.Build(ascii.Where(e => e.NeedsWordStart).Select(e => e.Text), MaxGroups);
        firstOfGroup = groups.Select(g => Bitmap(g.First)).ToArray();
        secondOfGroup = groups.Select(g => Bitmap(g.Second)).ToArray();
        groupTakesNonAsciiSecond = groups.Select(g => g.TakesNonAsciiSecond).ToArray();

        var pairs = AnchorGroups.Build(ascii.Where(e => !e.NeedsWordStart).Select(e => e.Text), 1);
        firstAnywhere = Bitmap(pairs.SelectMany(g => g.First));
        secondAnywhere = Bitmap(pairs.SelectMany(g => g.Second));
        anywhereTakesNonAsciiSecond = pairs.Any(g => g.TakesNonAsciiSecond);
    }

    public static bool IsSupported => Ssse3.IsSupported || AdvSimd.Arm64.IsSupported;

    /// <summary>
    /// A bit for each of the sixteen positions from <paramref name="at"/> that may start an anchor. Reads one
    /// character before and one after them: <paramref name="at"/> is at least 1 and at most the length minus 17.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public uint Candidates(ReadOnlySpan<char> text, int at)
    {
        ref var start = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
        var current = Load(ref start, at);
        var before = Load(ref start, at - 1);
        var after = Load(ref start, at + 1);

        var currentLow = LowNibbles(current);
        var currentHigh = HighNibbleBit(current);
        var afterLow = LowNibbles(after);
        var afterHigh = HighNibbleBit(after);
        var afterNonAscii = Vector128.GreaterThan(after, Vector128.Create((byte)127)) | Vector128.Equals(after, Vector128<byte>.Zero);

        var pairs = Vector128<byte>.Zero;
        for (var g = 0; g < firstOfGroup.Length; g++)
        {
            var second = Contains(secondOfGroup[g], afterLow, afterHigh);
            if (groupTakesNonAsciiSecond[g])
            {
                second |= afterNonAscii;
            }

            pairs |= Contains(firstOfGroup[g], currentLow, currentHigh) & second;
        }

        var nonAsciiAtWordStart = Vector128<byte>.Zero;
        var nonAsciiAnywhere = Vector128<byte>.Zero;
        foreach (var (character, wantsWordStart) in nonAsciiFirst)
        {
            var here = Vector128.Equals(current, character);
            if (wantsWordStart)
            {
                nonAsciiAtWordStart |= here;
            }
            else
            {
                nonAsciiAnywhere |= here;
            }
        }

        var beforeWord = Contains(WordCharacters, LowNibbles(before), HighNibbleBit(before));
        var atWordStart = Vector128.AndNot(pairs | nonAsciiAtWordStart, beforeWord);
        var afterFootnote = Contains(Capitals, currentLow, currentHigh) & Contains(Digits, LowNibbles(before), HighNibbleBit(before));
        var secondAnywhereHere = Contains(secondAnywhere, afterLow, afterHigh);
        if (anywhereTakesNonAsciiSecond)
        {
            secondAnywhereHere |= afterNonAscii;
        }

        var anywhere = (Contains(firstAnywhere, currentLow, currentHigh) & secondAnywhereHere) | nonAsciiAnywhere;
        return (atWordStart | afterFootnote | anywhere).ExtractMostSignificantBits();
    }

    // Sixteen characters from `at` as bytes: ASCII kept, U+0080..U+00FF kept (no set holds them), the rest 0xFF or 0.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<byte> Load(ref ushort start, int at)
    {
        var low = Vector128.LoadUnsafe(ref start, (nuint)at);
        var high = Vector128.LoadUnsafe(ref start, (nuint)(at + 8));
        if (Sse2.IsSupported)
        {
            return Sse2.PackUnsignedSaturate(low.AsInt16(), high.AsInt16());
        }

        var limit = Vector128.Create((ushort)255);
        return Vector128.Narrow(Vector128.Min(low, limit), Vector128.Min(high, limit));
    }

    // 0xFF where the byte is in the set whose bitmap is given, 0 elsewhere; the byte given as its low nibble and the
    // bit of its high nibble.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<byte> Contains(Vector128<byte> bitmap, Vector128<byte> low, Vector128<byte> highBit) =>
        ~Vector128.Equals(Lookup(bitmap, low) & highBit, Vector128<byte>.Zero);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<byte> LowNibbles(Vector128<byte> characters) => characters & Vector128.Create((byte)0x0F);

    // The bit a bitmap byte holds for the high nibble (0 for bytes from 0x80, which no set holds).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<byte> HighNibbleBit(Vector128<byte> characters) =>
        Lookup(HighNibbleBits, Vector128.ShiftRightLogical(characters.AsUInt16(), 4).AsByte() & Vector128.Create((byte)0x0F));

    // A table lookup with indexes below 16, as the hardware does it.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<byte> Lookup(Vector128<byte> table, Vector128<byte> indexes) =>
        Ssse3.IsSupported ? Ssse3.Shuffle(table, indexes) : AdvSimd.Arm64.VectorTableLookup(table, indexes);

    // The bitmap of a set of ASCII characters: byte `c & 15` holds bit `c >> 4`.
    private static Vector128<byte> Bitmap(IEnumerable<int> characters)
    {
        var bytes = new byte[Vector128<byte>.Count];
        foreach (var c in characters.Where(c => c < 128))
        {
            bytes[c & 15] |= (byte)(1 << (c >> 4));
        }

        return Vector128.Create(bytes);
    }

}
#endif
