using System;

namespace Citaties.Model;

/// <summary>A range of UTF-16 code units in the scanned text.</summary>
/// <param name="Start">Offset of the first code unit.</param>
/// <param name="Length">Number of code units.</param>
public readonly record struct TextSpan(int Start, int Length)
{
    /// <summary>Offset just past the last code unit.</summary>
    public int End => Start + Length;

    /// <summary>Creates a span from a start and an end offset.</summary>
    public static TextSpan FromBounds(int start, int end)
    {
        if (end < start)
        {
            throw new ArgumentOutOfRangeException(nameof(end), "The end of a span lies before its start.");
        }

        return new TextSpan(start, end - start);
    }

    /// <summary>True when <paramref name="offset"/> lies inside this span.</summary>
    public bool Contains(int offset) => offset >= Start && offset < End;

    /// <summary>True when the two spans share at least one code unit.</summary>
    public bool OverlapsWith(TextSpan other) => Start < other.End && other.Start < End;

    /// <inheritdoc />
    public override string ToString() => $"[{Start}..{End})";
}
