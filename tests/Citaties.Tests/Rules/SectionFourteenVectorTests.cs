using Citaties.Model;
using Citaties.Rules;

namespace Citaties.Tests.Rules;

/// <summary>
/// citation-rules.md section 14 ("Quick test vectors") as one table, through every rule at once. The rule
/// helpers test the vectors of their own kinds; this is the single place that mirrors the section whole.
/// <list type="bullet">
/// <item>A good vector parses (as a citation on its own, or found in the text) and gives no warning or error in its context (the
/// section asks "no Warning"; an info is allowed and printed). Identifiers are checked in every profile.</item>
/// <item>A bad vector gives exactly its listed verdict, as (rule, severity) pairs, in its stated context (the
/// default profile literatuur when it states none); in every other profile the same rules with the severity
/// the catalog gives them there, a rule that is off there dropping out, unless the vector names the verdict
/// of that profile too (a rule may pick a lower severity for a case, as its page documents).</item>
/// <item>Where the section names a fault the text has more than once ("chamber/year missing"), each fault
/// is a rule of its own. A vector whose verdict depends on the rest of the document is checked inside a
/// context, counting only the findings on the vector itself.</item>
/// </list>
/// </summary>
[TestFixture]
public class SectionFourteenVectorTests
{
    private static readonly LintProfile[] Profiles =
    {
        LintProfile.Regeling, LintProfile.Toelichting, LintProfile.Kamerstuk, LintProfile.Literatuur,
    };

    private static readonly (string Vector, LintProfile[] Profiles)[] Good =
    {
        ("Kamerstukken II 2018/19, 35 000 VI, nr. 5, p. 3.", In(LintProfile.Literatuur)),
        ("Handelingen II 2019/20, nr. 35, item 6, p. 4", In(LintProfile.Literatuur)),
        ("Aanh. Handelingen II 2019/20, nr. 3645", In(LintProfile.Literatuur)),
        ("Stb. 2023, 123", In(LintProfile.Literatuur)),
        ("Stcrt. 2024, 5678", In(LintProfile.Literatuur)),
        ("Trb. 2008, 175", In(LintProfile.Literatuur)),
        ("HR 29 januari 2016, ECLI:NL:HR:2016:162, r.o. 3.8", In(LintProfile.Literatuur)),
        ("art. 6:162 lid 2 BW", In(LintProfile.Literatuur)),
        ("art. 125p Sv", In(LintProfile.Literatuur)),
        ("Verordening (EU) 2022/2065", In(LintProfile.Literatuur)),
        ("Richtlijn 2000/31/EG", In(LintProfile.Literatuur)),
        ("CELEX 32022R2065", In(LintProfile.Literatuur)),
        ("art. 6 lid 4 sub c Awb", In(LintProfile.Literatuur)),
        ("artikel 6, vierde lid, onderdeel c, van de Algemene wet bestuursrecht", In(LintProfile.Regeling)),
        ("artikel 162 van Boek 6 van het Burgerlijk Wetboek", In(LintProfile.Regeling)),
        ("de artikelen 3 tot en met 5", In(LintProfile.Regeling)),
        ("artikel 9, eerste lid, aanhef en onderdeel b", In(LintProfile.Regeling)),
        ("artikel 10, tweede lid, Wob", In(LintProfile.Toelichting)),
        ("artikel 6:162 BW", In(LintProfile.Toelichting)),
        ("titel 5.2 Awb", In(LintProfile.Toelichting)),
        ("BWBR0001903", Profiles),
        ("jci1.3:c:BWBR0001903&artikel=125p", Profiles),
        ("kst-28638-178", Profiles),
        ("ah-tk-20192020-3645", Profiles),
        ("stb-2023-123", Profiles),
        ("h-tk-20192020-46-12", Profiles),
        ("32022R2065", Profiles),
        ("ECLI:NL:HR:2020:1234", Profiles),
        ("ECLI:NL:HR:2005:AR5213", Profiles),
    };

    private static readonly BadVector[] Bad =
    {
        new("Kamerstukken II 2019/21, 35 300, nr. 3", LintProfile.Literatuur, "CIT1001 error"),
        new("Kamerstukken II 2019/20, 35 300 XXXX, nr. 3", LintProfile.Literatuur, "CIT1012 error"),
        new("Kamerstukken I 2019/20, 35 300, nr. AB", LintProfile.Literatuur, "CIT1007 warning"),

        // "Info (spacing)" is about the document's own style (DESIGN.md CIT1005): it needs spaced numbers beside it.
        new("Kamerstuk 34193, nr. 1", LintProfile.Literatuur, "CIT1003 warning, CIT1004 warning, CIT1005 info",
            Context: "Kamerstuk 34 193, nr. 9. Zie ook Kamerstuk 34193, nr. 1 en Kamerstuk 28 638, nr. 178."),
        new("Kamerbrief 31 015, nr. 201", LintProfile.Literatuur, "CIT1003 warning, CIT1004 warning, CIT1006 warning"),
        new("Handelingen, 2006/07, 31 015, nr. 67", LintProfile.Literatuur, "CIT1003 warning, CIT1008 error"),
        new("Handelingen II 2019/20, p. 4", LintProfile.Literatuur, "CIT1009 error"),
        new("Aanhangsel Handelingen, vergaderjaar 2023\u20132024, nr. 719", LintProfile.Literatuur, "CIT1002 info, CIT1003 warning"),
        new("Stb. 575", LintProfile.Literatuur, "CIT4001 error"),
        new("Stb. 2023, 0", LintProfile.Literatuur, "CIT4002 error"),
        new("artikel 6 lid 4 sub c Awb", LintProfile.Regeling, "CIT2003 warning, CIT2004 warning, CIT2008 warning"),
        new("de artikelen 3 t/m 5", LintProfile.Regeling, "CIT2010 warning"),
        new("(hierna: de Wet)", LintProfile.Regeling, "CIT2013 warning", Context: "de Wet op de kansspelen (hierna: de Wet)"),
        new("ECLI:NL:HR:2020:01234", LintProfile.Literatuur, "CIT3004 error"),
        new("ECLI:NL:HR:2020:AB1234", LintProfile.Literatuur, "CIT3005 warning"),
        new("ECLI:NL:RBSGR:2016:1234", LintProfile.Literatuur, "CIT3003 warning"),
        new("ECLI:NL:XYZ:2020:1", LintProfile.Literatuur, "CIT3002 error"),
        new("ECLI:HR:2016:113", LintProfile.Literatuur, "CIT3001 error", Fixed: "ECLI:NL:HR:2016:113"),
        new("jci1.3:x:BWBR0001903&artikel=1", LintProfile.Literatuur, "CIT6002 error"),
        new("BWBR001903", LintProfile.Literatuur, "CIT6001 error"),
        // The Leidraad drops "nr." (docs/rules/CIT5001.md): in literatuur only an info.
        new("Verordening (EG) 593/2008", LintProfile.Regeling, "CIT5001 warning", Elsewhere: "literatuur: CIT5001 info"),

        // "32022L2065 for a Verordening": the act is named beside its CELEX number, or known to the catalog.
        new("Verordening (EU) 2022/2065 (CELEX 32022L2065)", LintProfile.Literatuur, "CIT5003 error"),
        new("CELEX 32022L2065", LintProfile.Literatuur, "CIT5003 error"),
    };

    // References to divisions of a law (titel, hoofdstuk, afdeling) are not a citation kind yet: the one good
    // vector of that form is listed, and ignored with this reason until the grammar reads it.
    private const string DivisionsNotParsed = "references to a titel, hoofdstuk or afdeling are not parsed yet";

    public static IEnumerable<TestCaseData> GoodCases() =>
        Good.SelectMany(g => g.Profiles.Select(p =>
        {
            var data = new TestCaseData(g.Vector, p).SetName($"Good in {p.ToName()}: {g.Vector}");
            return g.Vector.StartsWith("titel ", StringComparison.Ordinal) ? data.Ignore(DivisionsNotParsed) : data;
        }));

    public static IEnumerable<TestCaseData> BadCases()
    {
        foreach (var bad in Bad)
        {
            foreach (var profile in Profiles)
            {
                yield return new TestCaseData(bad.Vector, profile).SetName($"Bad in {profile.ToName()}: {bad.Vector}");
            }
        }
    }

    [TestCaseSource(nameof(GoodCases))]
    public void Good_vector_parses_and_gives_no_warning(string vector, LintProfile profile)
    {
        var result = CitationLinter.Lint(vector, new LintOptions { Profile = profile });
        foreach (var info in result.Diagnostics.Where(d => d.Severity == RuleSeverity.Info))
        {
            TestContext.Out.WriteLine($"allowed info: {info}");
        }

        Assert.Multiple(() =>
        {
            // A bare CELEX number is read only on its own (TryParse); in running text it needs "CELEX" before it.
            Assert.That(result.Citations.Count > 0 || CitationFinder.TryParse(vector).Success, Is.True, "the vector parses as a citation");
            Assert.That(result.Diagnostics.Where(d => d.Severity >= RuleSeverity.Warning).Select(d => d.ToString()), Is.Empty);
        });
    }

    [TestCaseSource(nameof(BadCases))]
    public void Bad_vector_gives_its_verdict(string vector, LintProfile profile)
    {
        var bad = Bad.First(b => b.Vector == vector);
        var text = bad.Context ?? vector;
        var start = text.IndexOf(vector, StringComparison.Ordinal);
        var span = new TextSpan(start, vector.Length);
        var diagnostics = CitationLinter.Lint(text, new LintOptions { Profile = profile }).Diagnostics
            .Where(d => d.Span.Start < span.End && span.Start < d.Span.End)
            .ToArray();

        Assert.That(Verdict(diagnostics), Is.EqualTo(bad.ExpectedIn(profile)), string.Join("\n", diagnostics.Select(d => d.ToString())));
        if (bad.Fixed is not null)
        {
            Assert.That(CitationLinter.Fix(text, new LintOptions { Profile = profile }).Text, Is.EqualTo(bad.Fixed), "the section marks this vector '+fix'");
        }
    }

    [Test]
    public void Every_listed_rule_exists_and_its_stated_severity_is_the_catalog_one()
    {
        var problems = Bad.SelectMany(b => b.Expected.Select(e => (b, e)))
            .Where(x => RuleCatalog.Find(x.e.Id) is not { } d || d.DefaultSeverities.For(x.b.Profile) != x.e.Severity)
            .Select(x => $"{x.b.Vector}: {x.e.Id} {x.e.Severity.ToName()} in {x.b.Profile.ToName()}");

        Assert.That(problems, Is.Empty);
    }

    private static LintProfile[] In(LintProfile profile) => new[] { profile };

    private static string[] Verdict(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.Select(d => $"{d.Id} {d.Severity.ToName()}").Distinct().OrderBy(v => v, StringComparer.Ordinal).ToArray();

    /// <summary>A bad vector: its verdict in its stated profile, as "CITnnnn severity" pairs separated by commas.</summary>
    /// <summary>
    /// A bad vector: its verdict in its stated profile, as "CITnnnn severity" pairs separated by commas;
    /// <paramref name="Elsewhere"/> gives the verdict of other profiles where it is not the catalog's, as
    /// "profile: verdict" separated by semicolons.
    /// </summary>
    private sealed record BadVector(string Vector, LintProfile Profile, string Verdict, string? Context = null, string? Fixed = null, string? Elsewhere = null)
    {
        public (string Id, RuleSeverity Severity)[] Expected { get; } = Pairs(Verdict);

        public IEnumerable<string> Ids => Expected.Select(e => e.Id);

        /// <summary>The stated verdict in its own profile; elsewhere the stated exception, or the same rules at their catalog severity there.</summary>
        public string[] ExpectedIn(LintProfile profile)
        {
            var exception = (Elsewhere ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries)
                .Select(e => e.Split(':'))
                .FirstOrDefault(e => e[0].Trim() == profile.ToName());
            var pairs = profile == Profile ? Expected
                : exception is not null ? Pairs(exception[1])
                : Expected.Select(e => (e.Id, Severity: RuleCatalog.Find(e.Id)!.DefaultSeverities.For(profile))).ToArray();
            return pairs
                .Where(e => e.Severity != RuleSeverity.None)
                .Select(e => $"{e.Id} {e.Severity.ToName()}")
                .OrderBy(v => v, StringComparer.Ordinal)
                .ToArray();
        }

        private static (string Id, RuleSeverity Severity)[] Pairs(string verdict) => verdict.Split(',')
            .Select(v => v.Trim().Split(' '))
            .Select(p => (Id: p[0], Severity: RuleSeverityNames.TryParse(p[1], out var s) ? s : throw new FormatException(p[1])))
            .ToArray();
    }
}
