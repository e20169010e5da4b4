using System.Text.RegularExpressions;

namespace Citaties.Benchmarks.Baselines;

/// <summary>
/// What a careful user without Citaties would write: one source-generated regex per citation kind, each run over
/// the whole text, covering the same forms as the grammar (citation-rules.md). Counts matches; builds no records.
/// </summary>
/// <remarks>
/// Written to be fast the way the .NET regex engine is fast: every pattern starts with literal text in the case the
/// form is written in (<c>Kamerstukken</c>, <c>ECLI:</c>, <c>Stb.</c>), so the engine finds its starts with a
/// vectorised search of those literals instead of trying every position; capitals and lower case are listed
/// (<c>[Aa]rtikel</c>) rather than matched ignoring case; no pattern starts with a look-behind, a common character
/// (<c>(</c>) or a digit; and no alternation can backtrack catastrophically.
/// </remarks>
public static partial class RegexBaseline
{
    private const RegexOptions Options = RegexOptions.CultureInvariant;

    private const string Space = @"[\s\u00A0\u2009\u202F]";
    private const string Year = @"(?:vergaderjaar\s+|zitting\s+)?\d{4}\s*[/\-\u2013]\s*\d{2,4}";
    private const string Month = "(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)";

    [GeneratedRegex(@"(?:[Bb]ijlage bij )?(?:Kamerstuk(?:ken)?|Kamerbrief|TK)(?:\s+(?:I|II|VV))?,?(?:\s+" + Year + @")?,?\s+\d{2}" + Space + @"?\d{3}(?:[\s\-]*(?:[IVX]+[AB]?|[A-J]|\d{2}|\(R\d+\)))?(?:(?:,|\s)\s*(?:nrs?\.?|nummer)\s*\d+[a-z]?|,\s*[A-Z]{1,2}\b)?(?:,\s*(?:p\.|blz\.|bladzijde)\s*\d+(?:\s*[\-\u2013]\s*\d+)?)?", Options)]
    private static partial Regex Kamerstuk();

    [GeneratedRegex(@"Handelingen(?<!Aanhangsel\sHandelingen)(?<!Aanh\.\sHandelingen)(?:\s+(?:I|II|VV))?,?\s+" + Year + @"(?:,\s*nr\.\s*\d+)?(?:,\s*item\s+\d+)?(?:,\s*p\.\s*\d+(?:\s*[\-\u2013]\s*\d+)?)?", Options)]
    private static partial Regex Handelingen();

    [GeneratedRegex(@"(?:Aanhangsel|Aanh\.)\s+Handelingen(?:\s+(?:I|II))?,?\s+" + Year + @",\s*(?:nr\.\s*)?\d+", Options)]
    private static partial Regex Aanhangsel();

    [GeneratedRegex(@"(?:[Aa]rtikel(?:en)?|[Aa]rtt?\.)\s*(?:\d+[a-z]{0,3}(?:[.:]\d+[a-z]{0,4}){0,2}|[IVX]+)(?:(?:,\s*|\s+)(?:(?:eerste|tweede|derde|vierde|vijfde|zesde|zevende|achtste|negende|tiende)\s+lid|lid\s+\d+|leden\s+\d+(?:\s+en\s+\d+)?))?(?:(?:,\s*|\s+)(?:onderdeel|onder|sub|letter)\s+[a-z0-9]+°?)?(?:(?:,\s*|\s+(?:tot\s+en\s+met|t/m|en|jo\.|juncto)\s+)(?:artikel\s+|art\.\s*)?\d+[a-z]{0,3}(?:[.:]\d+[a-z]{0,4})?)*(?:,?\s+(?:van\s+(?:de|het)\s+)?(?:[A-Z][A-Za-z]{0,6}(?:\s\d{4})?|(?:Wet|Wetboek|Algemene\s+wet)(?:\s+[a-z]+){0,6}))?", Options)]
    private static partial Regex Article();

    [GeneratedRegex(@"(?:ECLI|ELCI|ECLl|ECL)\s*:\s*[A-Z]{0,2}:?[A-Z0-9]{1,7}[:;]?\d{4}:?[A-Z0-9.]{1,25}|EU:[CTF]:\d{4}:\d+", Options)]
    private static partial Regex Ecli();

    [GeneratedRegex(@"LJN(?:-nr\.|-nummer)?:?\s*[A-Z]{2}\s?\d{4}\b", Options)]
    private static partial Regex Ljn();

    [GeneratedRegex(@"(?:Stb|Stcrt|Trb|Gmb|Prb|Wsb|Bgr|Staatsblad|Staatscourant|Tractatenblad)\.?\s+(?:\d{4},?\s+(?:nr\.\s*)?)?\d+\b|Pb(?:EU|EG|\. EU|\. EG)\s+(?:\d{4},\s*)?[LC]\s*\d+(?:/\d+)?", Options)]
    private static partial Regex Gazette();

    [GeneratedRegex(@"(?:Gedelegeerde\s+|Uitvoerings)?(?:[Vv]erordening|[Rr]ichtlijn|[Bb]esluit|Regulation|Directive|Decision)\s+(?:\((?:EU|EG|EEG|EU,\s*Euratom|GBVB)\)\s+)?(?:nr\.\s*)?\d{2,4}/\d{1,4}(?:/(?:EU|EG|EEG|EC|EEC|GBVB))?", Options)]
    private static partial Regex EuAct();

    // The dossier number in brackets or after a dash or colon (the separator is part of the match, rather than
    // a look-behind at every digit).
    [GeneratedRegex(@"(?:\(|\s[\-\u2013]\s|:\s)\d{5}(?:(?:-[0-9A-Z]+)+(?:,\s*nr\.\s*\d+)?|,\s*nr\.\s*\d+)", Options)]
    private static partial Regex KamerstukId();

    [GeneratedRegex(@"CELEX(?:-nummer)?:?\s*[0-9CE]\d{4}[A-Z]{1,2}\d{4}", Options)]
    private static partial Regex Celex();

    [GeneratedRegex(@"BWB[RV]\d{5,9}\b", Options)]
    private static partial Regex Bwb();

    [GeneratedRegex(@"jci1\.3?1?:[a-z]:BWB[RV]\d{7}(?:(?:&|&amp;)[a-z]+=[^&\s]+)*", Options)]
    private static partial Regex Jci();

    [GeneratedRegex(@"\b(?:kst|h-tk|h-ek|h-vv|ah-tk|ah-ek|kv-tk|stb|stcrt|trb|gmb|prb|wsb|bgr|blg)-[0-9A-Z]+(?:-[0-9A-Za-z()]+)*", Options)]
    private static partial Regex OfficialId();

    // Anchored at "hierna" rather than at every opening bracket.
    [GeneratedRegex(@"hierna(?:\s+te\s+noemen)?:\s*[^()]{1,40}\)", Options)]
    private static partial Regex Definition();

    // A court and a date with the month written out (HR 8 juli 2016, Rb. Den Haag 3 mei 2020), and a journal
    // report standing alone (NJ 2017/13, AB 2021, 300).
    [GeneratedRegex(@"(?:HR|PHR|ABRvS|CRvB|CBb|EHRM|HvJ(?: EU)?|Gerecht(?: EU)?|Hof [A-Z][a-z]+(?:-[A-Z][a-z]+)?|Rb\.? [A-Z][a-z]+(?: [A-Z][a-z]+)?)(?: \(vzr\.\))?,? \d{1,2} " + Month + @" \d{4}", Options)]
    private static partial Regex CourtAndDate();

    [GeneratedRegex(@"(?:NJ|AB|JB|RvdW|JOR|JAR|NJB|BNB|USZ|RSV|EHRC|Gst\.|BR|V-N) \d{4}(?:/|, )\d+", Options)]
    private static partial Regex Journal();

    private static readonly Regex[] All =
    {
        Kamerstuk(), Handelingen(), Aanhangsel(), Article(), Ecli(), Ljn(), Gazette(), EuAct(), Celex(), Bwb(), Jci(), OfficialId(), Definition(), KamerstukId(),
        CourtAndDate(), Journal(),
    };

    private static readonly (string Kind, Regex Regex)[] ByKind =
    {
        ("kamerstuk", All[0]), ("handelingen", All[1]), ("aanhangsel", All[2]), ("article", All[3]), ("ecli", All[4]),
        ("ljn", All[5]), ("gazette", All[6]), ("euAct", All[7]), ("celex", All[8]), ("bwb", All[9]), ("jci", All[10]),
        ("officialId", All[11]), ("definition", All[12]), ("kamerstuk", All[13]), ("case", All[14]), ("case", All[15]),
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
