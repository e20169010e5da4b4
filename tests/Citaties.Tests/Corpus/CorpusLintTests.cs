using System.Diagnostics;
using Citaties.Model;
using Citaties.Rules;

namespace Citaties.Tests.Corpus;

/// <summary>
/// Lints the whole corpus (seeds, rechtspraak, Handelingen, the bwb laws as text) in every profile: the linter
/// never throws, the count of each rule is printed, and no rule fires on more than half of the citations of
/// its kind unless <see cref="Explained"/> says why that is right. A rule that fires on most citations is
/// almost always a rule that misreads a common, correct form.
/// </summary>
[TestFixture]
public class CorpusLintTests
{
    private const double MostCitations = 0.5;

    private const string OldBijlagen = "the only Handelingen citation is a pre-1995 Bijlagen reference with a dossier number, rightly reported";

    private const string SpelledChamber = "the only Handelingen citation writes its chamber out (Handelingen Tweede Kamer), rightly reported";

    private const string LjnBeforeEcli = "every LJN in the corpus stands in a decision from before the ECLI and is cited alone";

    /// <summary>
    /// The (rule, profile) pairs allowed above half of their citations, each with the reason it is right. The
    /// corpus is what it is: Kamer minutes and court decisions follow their own house style, not the Leidraad.
    /// </summary>
    private static readonly (string Rule, LintProfile Profile, string Reason)[] Explained =
    {
        // The corpus' one Handelingen citation is "Handelingen Tweede Kamer, 1962-1963 - 6000, nr. 9" (HR 1996,
        // AA1770): Kamerstuk 6000 when it was printed in the Bijlagen to the Handelingen. Right in every profile.
        ("CIT1008", LintProfile.Regeling, OldBijlagen),
        ("CIT1008", LintProfile.Toelichting, OldBijlagen),
        ("CIT1008", LintProfile.Kamerstuk, OldBijlagen),
        ("CIT1008", LintProfile.Literatuur, OldBijlagen),

        // The same citation names its chamber "Tweede Kamer"; CIT1013 (info) offers "II".
        ("CIT1013", LintProfile.Regeling, SpelledChamber),
        ("CIT1013", LintProfile.Toelichting, SpelledChamber),
        ("CIT1013", LintProfile.Kamerstuk, SpelledChamber),
        ("CIT1013", LintProfile.Literatuur, SpelledChamber),

        // An LJN cited alone is exactly what CIT3006 (info) is about; the decisions of 2011-2013 that cite
        // LJNs were written before the ECLI, so none of them gives one.
        ("CIT3006", LintProfile.Regeling, LjnBeforeEcli),
        ("CIT3006", LintProfile.Toelichting, LjnBeforeEcli),
        ("CIT3006", LintProfile.Kamerstuk, LjnBeforeEcli),
        ("CIT3006", LintProfile.Literatuur, LjnBeforeEcli),

        // CIT2013 (regeling only) reports every bracketed definition: in a regeling a term is defined in the
        // definitions article. The corpus holds no regeling that defines in brackets, only letters, decisions
        // and minutes read as if they were one, so all 200 definitions are reported, rightly.
        ("CIT2013", LintProfile.Regeling, "every bracketed definition is the finding; no corpus text is a regeling"),
    };

    private static readonly Lazy<IReadOnlyList<CorpusDocument>> Documents = new(() =>
        CorpusDocuments.Seeds().Concat(CorpusDocuments.Rechtspraak()).Concat(CorpusDocuments.Handelingen()).Concat(CorpusDocuments.Laws()).ToArray());

    [TestCase(LintProfile.Regeling)]
    [TestCase(LintProfile.Toelichting)]
    [TestCase(LintProfile.Kamerstuk)]
    [TestCase(LintProfile.Literatuur)]
    public void No_rule_fires_on_most_citations_of_its_kind(LintProfile profile)
    {
        CorpusPaths.RequireCorpus();
        var documents = Documents.Value;
        var options = new LintOptions { Profile = profile };
        var tally = new RuleTally();
        var crashes = new List<string>();
        var clock = Stopwatch.StartNew();
        foreach (var document in documents)
        {
            try
            {
                tally.Add(document, CitationLinter.Lint(document.Text, options));
            }
            catch (Exception e) when (e is not AssertionException)
            {
                crashes.Add($"{document.Name}: {e.GetType().Name}: {e.Message}");
            }
        }

        TestContext.Out.WriteLine($"profile {profile.ToName()}: {documents.Count} documents, {documents.Sum(d => d.Text.Length):N0} chars, linted in {clock.ElapsedMilliseconds} ms");
        TestContext.Out.WriteLine("citations: " + string.Join(", ", tally.CitationsByKind.OrderBy(k => k.Key).Select(k => $"{k.Key} {k.Value}")));
        var unexplained = new List<string>();
        foreach (var rule in tally.Rules.OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            var (hit, of) = tally.Ratio(rule.Key);
            var ratio = of == 0 ? 0 : (double)hit / of;
            var reason = Explained.FirstOrDefault(e => e.Rule == rule.Key && e.Profile == profile).Reason;
            var verdict = ratio <= MostCitations ? string.Empty : reason is null ? "  UNEXPLAINED" : "  allowed: " + reason;
            TestContext.Out.WriteLine($"{rule.Key}: {rule.Value.Findings} findings on {hit} of {of} citations of kind {rule.Value.KindNames} ({ratio:P0}){verdict}");
            if (ratio > MostCitations && reason is null)
            {
                unexplained.Add($"{rule.Key} in {profile.ToName()}: {hit} of {of} ({ratio:P0})");
                foreach (var example in rule.Value.Examples)
                {
                    TestContext.Out.WriteLine("    " + example);
                }
            }
        }

        foreach (var stale in Explained.Where(e => e.Profile == profile && (!tally.Rules.ContainsKey(e.Rule) || Ratio(tally, e.Rule) <= MostCitations)))
        {
            TestContext.Out.WriteLine($"allow-list entry no longer needed: {stale.Rule} in {profile.ToName()}");
        }

        Assert.Multiple(() =>
        {
            Assert.That(crashes, Is.Empty, "Lint threw on these documents");
            Assert.That(tally.CitationsByKind.Values.Sum(), Is.GreaterThan(1000), "the corpus gives citations");
            Assert.That(unexplained, Is.Empty, "rules firing on more than half of the citations of their kind, not in the allow-list");
        });
    }

    private static double Ratio(RuleTally tally, string rule)
    {
        var (hit, of) = tally.Ratio(rule);
        return of == 0 ? 0 : (double)hit / of;
    }

    /// <summary>What one rule found: its findings, the citations they lie on, and the kinds of those citations.</summary>
    private sealed class RuleHits
    {
        public int Findings { get; set; }

        /// <summary>Distinct citations with at least one finding, by document and position.</summary>
        public HashSet<(int Document, int Start)> Citations { get; } = new();

        /// <summary>Findings on no citation (a near miss: text that starts like one but does not parse).</summary>
        public int Unattached { get; set; }

        public HashSet<CitationKind> Kinds { get; } = new();

        /// <summary>The first findings, with their document and text, to judge a rule that fires too often.</summary>
        public List<string> Examples { get; } = new();

        public string KindNames => Kinds.Count == 0 ? "(none: near misses)" : string.Join("+", Kinds.OrderBy(k => k).Select(k => k.ToJsonName()));
    }

    /// <summary>
    /// Counts findings per rule against citations per kind. A finding belongs to the citation its span overlaps
    /// most; the kinds of a rule are the kinds of the citations its findings lie on (rules look at one kind,
    /// or at a family such as Kamerstuk + Aanhangsel for the vergaderjaar). A finding on no citation is a
    /// near miss, an attempt at any kind of citation: it counts against every citation plus the near misses.
    /// </summary>
    private sealed class RuleTally
    {
        private const int MaxExamples = 5;

        private int documents;

        public Dictionary<CitationKind, int> CitationsByKind { get; } = new();

        public Dictionary<string, RuleHits> Rules { get; } = new();

        public void Add(CorpusDocument document, LintResult result)
        {
            foreach (var citation in result.Citations)
            {
                CitationsByKind[citation.Kind] = CitationsByKind.GetValueOrDefault(citation.Kind) + 1;
            }

            foreach (var diagnostic in result.Diagnostics)
            {
                if (!Rules.TryGetValue(diagnostic.Id, out var hits))
                {
                    hits = Rules[diagnostic.Id] = new RuleHits();
                }

                hits.Findings++;
                if (hits.Examples.Count < MaxExamples)
                {
                    hits.Examples.Add($"{document.Name}: '{document.Text.Substring(diagnostic.Span.Start, diagnostic.Span.Length)}' {diagnostic.Message}");
                }

                var owner = result.Citations
                    .Select(c => (Citation: c, Overlap: Overlap(c.Span, diagnostic.Span)))
                    .Where(o => o.Overlap > 0 || (o.Citation.Span.Contains(diagnostic.Span.Start) && diagnostic.Span.Length == 0))
                    .OrderByDescending(o => o.Overlap)
                    .Select(o => o.Citation)
                    .FirstOrDefault();
                if (owner is null)
                {
                    hits.Unattached++;
                }
                else
                {
                    hits.Kinds.Add(owner.Kind);
                    hits.Citations.Add((documents, owner.Span.Start));
                }
            }

            documents++;
        }

        public (int Hit, int Of) Ratio(string rule)
        {
            var hits = Rules[rule];
            var of = hits.Unattached > 0 ? CitationsByKind.Values.Sum() : hits.Kinds.Sum(k => CitationsByKind[k]);
            return (hits.Citations.Count + hits.Unattached, of + hits.Unattached);
        }

        private static int Overlap(TextSpan a, TextSpan b) => Math.Min(a.End, b.End) - Math.Max(a.Start, b.Start);
    }
}
