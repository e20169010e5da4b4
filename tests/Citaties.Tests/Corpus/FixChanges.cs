using Citaties.Rules;

namespace Citaties.Tests.Corpus;

/// <summary>Checks that the changes of a <see cref="FixResult"/> account for every difference between the texts.</summary>
public static class FixChanges
{
    /// <summary>
    /// Walks <paramref name="original"/> and <paramref name="fixedText"/> together: each segment between
    /// changes must be equal in both, each change's original text must stand at its span in the original and
    /// its new text at the matching place in the fixed text. Null when all holds, else what differs first.
    /// </summary>
    public static string? Mismatch(string original, string fixedText, IReadOnlyList<TextChange> changes)
    {
        var inOriginal = 0;
        var inFixed = 0;
        foreach (var change in changes)
        {
            if (change.Span.Start < inOriginal || change.Span.End > original.Length)
            {
                return $"change at {change.Span} overlaps the one before it or runs past the text";
            }

            if (string.CompareOrdinal(original, change.Span.Start, change.OriginalText, 0, change.Span.Length) != 0 || change.OriginalText.Length != change.Span.Length)
            {
                return $"change at {change.Span} reports '{change.OriginalText}' but the original has '{original.Substring(change.Span.Start, change.Span.Length)}'";
            }

            var segment = change.Span.Start - inOriginal;
            var difference = FirstDifference(original, inOriginal, fixedText, inFixed, segment);
            if (difference is not null)
            {
                return difference;
            }

            inFixed += segment;
            if (string.CompareOrdinal(fixedText, inFixed, change.NewText, 0, change.NewText.Length) != 0 || inFixed + change.NewText.Length > fixedText.Length)
            {
                return $"change at {change.Span}: the fixed text does not have '{change.NewText}' at {inFixed}";
            }

            inFixed += change.NewText.Length;
            inOriginal = change.Span.End;
        }

        var rest = original.Length - inOriginal;
        if (fixedText.Length - inFixed != rest)
        {
            return $"after the last change the original has {rest} chars left and the fixed text {fixedText.Length - inFixed}";
        }

        return FirstDifference(original, inOriginal, fixedText, inFixed, rest);
    }

    private static string? FirstDifference(string original, int inOriginal, string fixedText, int inFixed, int length)
    {
        if (inFixed + length > fixedText.Length)
        {
            return $"the fixed text ends at {fixedText.Length}, inside unchanged text of the original at offset {inOriginal + fixedText.Length - inFixed}";
        }

        for (var i = 0; i < length; i++)
        {
            if (original[inOriginal + i] != fixedText[inFixed + i])
            {
                return $"unchanged text differs at original offset {inOriginal + i}: '{original[inOriginal + i]}' became '{fixedText[inFixed + i]}'";
            }
        }

        return null;
    }
}
