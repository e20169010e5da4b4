using System;
using System.Collections.Generic;
using Citaties.Model;

namespace Citaties.Kinds;

/// <summary>
/// Aanhangsel Handelingen read by hand, without <see cref="AanhangselGrammar"/>: <c>Aanhangsel</c> or <c>Aanh.</c>,
/// <c>Handelingen</c> or <c>Hand.</c>, an optional chamber, the vergaderjaar (also after <c>vergaderjaar</c> or
/// <c>Zitting</c>), then a number with or without its label, as in <c>Aanhangsel Handelingen II 2019/20, nr. 3645</c>.
/// Each step takes what the grammar's first matching alternative takes and commits to it as the grammar does, so
/// where a step fails the grammar fails too; the record comes from the grammar's own builder.
/// </summary>
internal static class AanhangselFastPath
{
    /// <summary>A <see cref="FastPath"/> for the aanhangsel family.</summary>
    public static bool TryRead(string window, out IReadOnlyList<Citation> citations, out int end)
    {
        citations = Array.Empty<Citation>();
        end = 0;
        var abbreviated = false;
        var i = FastLexical.Word(window, 0, "Aanhangsel");
        if (i < 0)
        {
            abbreviated = true;
            i = FastLexical.Literal(window, 0, "Aanh.");
            if (i < 0)
            {
                return false;
            }
        }

        i = FastLexical.Spaces(window, i);
        var word = FastLexical.Word(window, i, "Handelingen");
        i = word >= 0 ? word : FastLexical.Literal(window, i, "Hand.");
        i = i >= 0 ? FastLexical.CommaOrSpace(window, i) : FastLexical.Fail;
        if (i < 0)
        {
            return false;
        }

        i = ChamberYearReader.OptionalChamberPart(window, i, out var chamber);
        i = ChamberYearReader.ReadSessionYear(window, i, out var year);
        i = i >= 0 ? FastLexical.CommaOrSpace(window, i) : FastLexical.Fail;
        if (i < 0 || i >= window.Length)
        {
            return false;
        }

        var labelled = false;
        if (window[i] is < '0' or > '9')
        {
            // Only a label may stand before the number; the grammar commits to it once read.
            i = ChamberYearReader.ReadNumberLabel(window, i, out _);
            labelled = true;
        }

        var numberStart = i;
        i = i >= 0 ? FastLexical.Digits(window, i) : FastLexical.Fail;
        if (i < 0 || !FastLexical.NoLetterOrDigitAt(window, i))
        {
            return false;
        }

        citations = new Citation[] { AanhangselGrammar.Build(abbreviated, chamber, year, window.Substring(numberStart, i - numberStart), labelled) };
        end = i;
        return true;
    }
}
