using System;
using System.Collections.Generic;
using Citaties.Model;

namespace Citaties.Kinds;

/// <summary>
/// The definition bracket read by hand, without <see cref="DefinitionGrammar"/>: <c>(hierna: Sv)</c> and its
/// variants (<c>hierna te noemen</c>, <c>hierna ook</c>, <c>hierna genoemd</c>, <c>verder:</c>, quoted or not), and the
/// bare <c>(Wgts)</c>. The bracket is dispatched as the grammar dispatches it and the record comes from the grammar's
/// own builder. Declines on <c>(Name, hierna: X)</c>, whose inside the grammar judges, and on anything that does not
/// read as one of the forms above.
/// </summary>
internal static class DefinitionFastPath
{
    private const string NotInAbbreviation = "()[];:" + DefinitionGrammar.Quotes;

    /// <summary>A <see cref="FastPath"/> for the definition family, given the window from the opening bracket.</summary>
    public static bool TryRead(string window, out IReadOnlyList<Citation> citations, out int end)
    {
        citations = Array.Empty<Citation>();
        end = 0;
        if (window.Length == 0 || window[0] != '(')
        {
            return false;
        }

        var i = FastLexical.Spaces(window, 1);
        AbbreviationDefinition? definition;
        if (string.Compare(window, i, "hierna", 0, 6, StringComparison.OrdinalIgnoreCase) == 0
            || string.Compare(window, i, "verder", 0, 6, StringComparison.OrdinalIgnoreCase) == 0)
        {
            definition = ReadLed(window, i, out end);
        }
        else if (HasSeparatorInside(window, i))
        {
            return false;
        }
        else
        {
            definition = ReadBare(window, out end);
        }

        if (definition is null)
        {
            return false;
        }

        citations = new Citation[] { definition };
        return true;
    }

    /// <summary><c>(hierna: X)</c> and <c>(verder: X)</c> from the lead word at <paramref name="i"/>.</summary>
    private static AbbreviationDefinition? ReadLed(string window, int i, out int end)
    {
        end = 0;
        DefinitionForm form;
        int j;
        if (WordEndOrZero(window, i, "hierna") is var hierna and > 0)
        {
            form = ReadVariant(window, hierna, out j);
            var colon = FastLexical.Spaces(window, j);
            if (colon < window.Length && window[colon] == ':')
            {
                j = colon + 1;
            }
        }
        else if (WordEndOrZero(window, i, "verder") is var verder and > 0)
        {
            var colon = FastLexical.Spaces(window, verder);
            if (colon >= window.Length || window[colon] != ':')
            {
                return null;
            }

            form = DefinitionForm.Verder;
            j = colon + 1;
        }
        else
        {
            return null;
        }

        j = FastLexical.Spaces(window, j);
        var openQuote = j < window.Length && DefinitionGrammar.Quotes.IndexOf(window[j]) >= 0;
        if (openQuote)
        {
            j++;
        }

        var bodyStart = j;
        while (j < window.Length && NotInAbbreviation.IndexOf(window[j]) < 0)
        {
            j++;
        }

        if (j == bodyStart)
        {
            return null;
        }

        var bodyEnd = j;
        var closeQuote = j < window.Length && DefinitionGrammar.Quotes.IndexOf(window[j]) >= 0;
        if (closeQuote)
        {
            j++;
        }

        j = FastLexical.Spaces(window, j);
        if (j >= window.Length || window[j] != ')')
        {
            return null;
        }

        var trimmed = window.Substring(bodyStart, bodyEnd - bodyStart).TrimEnd(' ');
        if (!DefinitionGrammar.IsAbbreviation(trimmed))
        {
            return null;
        }

        end = j + 1;
        return DefinitionGrammar.Build(form, trimmed, new TextSpan(bodyStart, trimmed.Length), openQuote && closeQuote, default, string.Empty);
    }

    /// <summary>The words after <c>hierna</c> that name its variant; <paramref name="end"/> after them, or at <paramref name="i"/>.</summary>
    private static DefinitionForm ReadVariant(string window, int i, out int end)
    {
        end = i;
        var word = FastLexical.Spaces(window, i);
        if (word == i)
        {
            return DefinitionForm.Hierna;
        }

        if (WordEndOrZero(window, word, "te") is var te and > 0)
        {
            var noemen = FastLexical.Spaces(window, te);
            if (noemen > te && WordEndOrZero(window, noemen, "noemen") is var noemenEnd and > 0)
            {
                end = noemenEnd;
                return DefinitionForm.HiernaTeNoemen;
            }
        }

        if (WordEndOrZero(window, word, "ook") is var ook and > 0)
        {
            end = ook;
            return DefinitionForm.HiernaOok;
        }

        if (WordEndOrZero(window, word, "genoemd") is var genoemd and > 0)
        {
            end = genoemd;
            return DefinitionForm.HiernaGenoemd;
        }

        return DefinitionForm.Hierna;
    }

    /// <summary>The bare <c>(Wgts)</c>: a capital and letters, two to twelve, closed at once.</summary>
    private static AbbreviationDefinition? ReadBare(string window, out int end)
    {
        end = 0;
        var j = 1;
        if (j >= window.Length || !char.IsUpper(window[j]))
        {
            return null;
        }

        while (j < window.Length && char.IsLetter(window[j]))
        {
            j++;
        }

        var length = j - 1;
        if (length < 2 || length > DefinitionGrammar.MaxBareLength || j >= window.Length || window[j] != ')')
        {
            return null;
        }

        end = j + 1;
        return DefinitionGrammar.Build(DefinitionForm.Bracketed, window.Substring(1, length), new TextSpan(1, length), false, default, string.Empty);
    }

    /// <summary>As the grammar looks ahead: a <c>,</c> or <c>;</c> before the next bracket marks <c>(Name, hierna: X)</c>.</summary>
    private static bool HasSeparatorInside(string window, int i)
    {
        for (; i < window.Length && window[i] is not (')' or '('); i++)
        {
            if (window[i] is ',' or ';')
            {
                return true;
            }
        }

        return false;
    }

    // As Lexical.Word: where the word ends when it stands at i, not followed by a letter; else 0.
    private static int WordEndOrZero(string window, int i, string word) => Math.Max(0, FastLexical.Word(window, i, word));
}
