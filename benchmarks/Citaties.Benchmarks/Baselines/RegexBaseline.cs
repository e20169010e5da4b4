using System.Text.RegularExpressions;

namespace Citaties.Benchmarks.Baselines;

/// <summary>
/// What a user without Citaties would write: one source-generated regex per citation kind, each run over the
/// whole text, covering the same forms as the grammar (citation-rules.md). Counts matches; builds no records.
/// </summary>
public static partial class RegexBaseline
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    private const string Space = @"[\s\u00A0\u2009\u202F]";
    private const string Year = @"(?:vergaderjaar\s+|zitting\s+)?\d{4}\s*[/\-\u2013]\s*\d{2,4}";

    [GeneratedRegex(@"(?:bijlage\s+bij\s+)?(?:Kamerstukken|Kamerstuk|Kamerbrief|TK)(?:\s+(?:I|II|VV))?,?(?:\s+" + Year + @")?,?\s+\d{2}" + Space + @"?\d{3}(?:[\s\-]*(?:[IVX]+[AB]?|[A-J]|\d{2}|\(R\d+\)))?(?:(?:,|\s)\s*(?:nrs?\.?|nummer)\s*\d+[a-z]?|,\s*[A-Z]{1,2}\b)?(?:,\s*(?:p\.|blz\.|bladzijde)\s*\d+(?:\s*[\-\u2013]\s*\d+)?)?", Options)]
    private static partial Regex Kamerstuk();

    [GeneratedRegex(@"(?<!Aanhangsel\s)(?<!Aanh\.\s)\bHandelingen(?:\s+(?:I|II|VV))?,?\s+" + Year + @"(?:,\s*nr\.\s*\d+)?(?:,\s*item\s+\d+)?(?:,\s*p\.\s*\d+(?:\s*[\-\u2013]\s*\d+)?)?", Options)]
    private static partial Regex Handelingen();

    [GeneratedRegex(@"(?:Aanhangsel|Aanh\.)\s+Handelingen(?:\s+(?:I|II))?,?\s+" + Year + @",\s*(?:nr\.\s*)?\d+", Options)]
    private static partial Regex Aanhangsel();

    [GeneratedRegex(@"\b(?i:(?:de\s+)?artikel(?:en)?|art\.|artt\.)\s*(?:\d+[a-z]{0,3}(?:[.:]\d+[a-z]{0,4}){0,2}|[IVX]+)(?:(?:,\s*|\s+)(?:(?:eerste|tweede|derde|vierde|vijfde|zesde|zevende|achtste|negende|tiende)\s+lid|lid\s+\d+|leden\s+\d+(?:\s+en\s+\d+)?))?(?:(?:,\s*|\s+)(?:onderdeel|onder|sub|letter)\s+[a-z0-9]+°?)?(?:(?:,\s*|\s+(?:tot\s+en\s+met|t/m|en|jo\.|juncto)\s+)(?:artikel\s+|art\.\s*)?\d+[a-z]{0,3}(?:[.:]\d+[a-z]{0,4})?)*(?:,?\s+(?:van\s+(?:de|het)\s+)?(?:[A-Z][A-Za-z]{0,6}(?:\s\d{4})?|(?:Wet|Wetboek|Algemene\s+wet)(?:\s+[a-z]+){0,6}))?", RegexOptions.CultureInvariant)]
    private static partial Regex Article();

    [GeneratedRegex(@"\b(?:ECLI|ELCI|ECLl|ECL)\s*:\s*[A-Z]{0,2}:?[A-Z0-9]{1,7}[:;]?\d{4}:?[A-Z0-9.]{1,25}|\bEU:[CTF]:\d{4}:\d+", Options)]
    private static partial Regex Ecli();

    [GeneratedRegex(@"\bLJN(?:-nr\.|-nummer)?:?\s*[A-Z]{2}\d{4}\b", Options)]
    private static partial Regex Ljn();

    [GeneratedRegex(@"\b(?:Stb|Stcrt|Trb|Gmb|Prb|Wsb|Bgr|Staatsblad|Staatscourant|Tractatenblad)\.?\s+(?:\d{4},?\s+(?:nr\.\s*)?)?\d+\b|\bPb(?:EU|EG)\s+(?:\d{4},\s*)?[LC]\s*\d+(?:/\d+)?", Options)]
    private static partial Regex Gazette();

    [GeneratedRegex(@"\b(?:Gedelegeerde\s+|Uitvoerings)?(?:Verordening|Richtlijn|Besluit|Regulation|Directive|Decision)\s+(?:\((?:EU|EG|EEG|EU,\s*Euratom|GBVB)\)\s+)?(?:nr\.\s*)?\d{2,4}/\d{1,4}(?:/(?:EU|EG|EEG|EC|EEC|GBVB))?", Options)]
    private static partial Regex EuAct();

    [GeneratedRegex(@"(?:(?<=\()|(?<=\s[\-\u2013]\s)|(?<=:\s))\d{5}(?:-[0-9A-Z]+)+(?:,\s*nr\.\s*\d+)?|(?<=\()\d{5},\s*nr\.\s*\d+", RegexOptions.CultureInvariant)]
    private static partial Regex KamerstukId();

    [GeneratedRegex(@"\bCELEX(?:-nummer)?:?\s*[0-9CE]\d{4}[A-Z]{1,2}\d{4}", Options)]
    private static partial Regex Celex();

    [GeneratedRegex(@"\bBWB[RV]\d{5,9}\b", Options)]
    private static partial Regex Bwb();

    [GeneratedRegex(@"\bjci1\.3?1?:[a-z]:BWB[RV]\d{7}(?:(?:&|&amp;)[a-z]+=[^&\s]+)*", Options)]
    private static partial Regex Jci();

    [GeneratedRegex(@"\b(?:kst|h-tk|h-ek|h-vv|ah-tk|ah-ek|kv-tk|stb|stcrt|trb|gmb|prb|wsb|bgr|blg)-[0-9A-Z]+(?:-[0-9A-Za-z()]+)*", RegexOptions.CultureInvariant)]
    private static partial Regex OfficialId();

    [GeneratedRegex(@"\((?:[^()]{1,80},\s*)?hierna(?:\s+te\s+noemen)?:\s*[^()]{1,40}\)", Options)]
    private static partial Regex Definition();

    private static readonly Regex[] All =
    {
        Kamerstuk(), Handelingen(), Aanhangsel(), Article(), Ecli(), Ljn(), Gazette(), EuAct(), Celex(), Bwb(), Jci(), OfficialId(), Definition(), KamerstukId(),
    };

    private static readonly (string Kind, Regex Regex)[] ByKind =
    {
        ("kamerstuk", All[0]), ("handelingen", All[1]), ("aanhangsel", All[2]), ("article", All[3]), ("ecli", All[4]),
        ("ljn", All[5]), ("gazette", All[6]), ("euAct", All[7]), ("celex", All[8]), ("bwb", All[9]), ("jci", All[10]),
        ("officialId", All[11]), ("definition", All[12]), ("kamerstuk", All[13]),
    };

    /// <summary>Matches per kind, to compare the coverage of the regex set with that of the grammar.</summary>
    public static IReadOnlyDictionary<string, int> CountByKind(string text)
    {
        var counts = new Dictionary<string, int>();
        foreach (var (kind, regex) in ByKind)
        {
            var count = 0;
            foreach (var _ in regex.EnumerateMatches(text))
            {
                count++;
            }

            counts[kind] = counts.GetValueOrDefault(kind) + count;
        }

        return counts;
    }

    /// <summary>The number of matches of every kind's regex in <paramref name="text"/>.</summary>
    public static int CountMatches(string text)
    {
        var count = 0;
        foreach (var regex in All)
        {
            foreach (var _ in regex.EnumerateMatches(text))
            {
                count++;
            }
        }

        return count;
    }
}
