using System;

namespace Citaties.BwbTitles;

/// <summary>
/// Decides which titles are too ordinary to match as a name. A one-word title is matched only when it is a
/// proper name of one law (<c>Opiumwet</c>, <c>Kieswet</c>); a bare kind of regulation (<c>Besluit</c>), a
/// compound of a kind with a word every regulation can have (<c>Uitvoeringsregeling</c>, <c>Overgangswet</c>,
/// <c>Wijzigingsbesluit</c>) and a one-word long title (<c>Huurbeleid</c>, <c>Collectieregeling</c>) are words of
/// prose as much as names.
/// </summary>
internal static class GenericNames
{
    private static readonly string[] Kinds =
    {
        "wetboek", "wet", "besluit", "regeling", "regelingen", "verordening", "reglement", "beschikking", "circulaire",
        "richtlijn", "aanwijzing", "beleidsregel", "beleidsregels", "verdrag", "protocol", "overeenkomst", "statuut", "code",
    };

    // First parts that any regulation can carry, so a compound with them names no particular one.
    private static readonly string[] GenericHeads =
    {
        "uitvoering", "invoering", "overgang", "wijziging", "aanpassing", "reparatie", "verzamel", "veeg", "kader",
        "raam", "spoed", "nood", "machtiging", "goedkeuring", "instelling", "mandaat", "subsidie", "begroting",
        "vrijstelling", "inrichting", "formatie", "controle", "intrekking", "vaststelling", "aanwijzing", "delegatie",
        "ondermandaat", "ondermandatering", "tarieven", "tarief", "heffing", "bijdrage", "vergoeding", "vergoedingen",
        "nadere", "tijdelijke", "beleid", "basis", "hoofd", "deel", "model", "proef", "experiment", "slot", "nieuwe",
    };

    /// <summary>True when <paramref name="title"/>, one word, is a kind of regulation or a generic compound of one.</summary>
    internal static bool IsGenericWord(string title)
    {
        if (title.Contains(' ', StringComparison.Ordinal))
        {
            return false;
        }

        var word = title.ToLowerInvariant();
        foreach (var kind in Kinds)
        {
            if (!word.EndsWith(kind, StringComparison.Ordinal))
            {
                continue;
            }

            var head = word.Substring(0, word.Length - kind.Length).TrimEnd('-');
            if (head.Length == 0 || Array.IndexOf(GenericHeads, head) >= 0
                || (head.EndsWith('s') && Array.IndexOf(GenericHeads, head.Substring(0, head.Length - 1)) >= 0))
            {
                return true;
            }
        }

        return false;
    }
}
