using System.Linq;
using Citaties.Model;

namespace Citaties.Rules.Parliamentary;

/// <summary>
/// When a citation without a chamber still shows which chamber it is from (the fix of CIT1003): an Eerste Kamer
/// letter as ondernummer (<c>31 700 VI, D</c>) means chamber I; an aanhangselnummer, vergadernummer or item above
/// what the Eerste Kamer ever reaches means chamber II (not for Handelingen written with a dossier, whose
/// <c>nr.</c> is a Kamerstuk's). Otherwise the chamber is not known and nothing is guessed.
/// </summary>
internal static class ChamberEvidence
{
    public static Chamber? Of(Citation citation) => citation switch
    {
        KamerstukCitation k when k.Pieces.Any(p => p.IsLetter) => Chamber.Eerste,
        AanhangselCitation a when Above(a.Number, ParliamentaryLimits.EersteKamerAanhangsel) => Chamber.Tweede,
        HandelingenCitation { Dossier: null } h when Above(h.Meeting, ParliamentaryLimits.EersteKamerMeeting) || Above(h.Item, ParliamentaryLimits.EersteKamerItem) => Chamber.Tweede,
        _ => null,
    };

    /// <summary>True when <paramref name="number"/> is written and greater than <paramref name="limit"/>.</summary>
    public static bool Above(string? number, int limit) => Value(number) is { } value && value > limit;

    /// <summary>The leading digits of <paramref name="number"/> as a value (<c>188b</c> is 188); null when there are none or too many.</summary>
    public static long? Value(string? number)
    {
        if (number is null)
        {
            return null;
        }

        var digits = 0;
        while (digits < number.Length && number[digits] is >= '0' and <= '9')
        {
            digits++;
        }

        long value = 0;
        for (var i = 0; i < digits && digits <= 15; i++)
        {
            value = (value * 10) + (number[i] - '0');
        }

        return digits is 0 or > 15 ? null : value;
    }
}
