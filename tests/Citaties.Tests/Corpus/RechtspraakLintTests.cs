using Citaties.Rules;

namespace Citaties.Tests.Corpus;

/// <summary>
/// Lints the 100 decisions of corpus/rechtspraak (1990-2015) with the case-law and journal rules, prints the
/// count per rule id with examples, and checks what must hold on real, published text: its court codes exist, its
/// own ECLIs are well formed, and no firing is unexplained.
/// </summary>
[TestFixture]
public class RechtspraakLintTests
{
    private static readonly string[] CaseLawAndJournalRules =
    {
        "CIT3001", "CIT3002", "CIT3003", "CIT3004", "CIT3005", "CIT3006", "CIT3007", "CIT3008", "CIT4001", "CIT4002", "CIT4003", "CIT4004",
    };

    private static List<(string File, string Text, Diagnostic Diagnostic)> LintCorpus()
    {
        var folder = CorpusPaths.RequireCorpus("rechtspraak");
        var found = new List<(string, string, Diagnostic)>();
        foreach (var file in Directory.GetFiles(folder, "*.txt").OrderBy(f => f, StringComparer.Ordinal))
        {
            var text = File.ReadAllText(file);
            foreach (var diagnostic in CitationLinter.Lint(text).Diagnostics.Where(d => CaseLawAndJournalRules.Contains(d.Id)))
            {
                found.Add((Path.GetFileName(file), text, diagnostic));
            }
        }

        return found;
    }

    [Test]
    public void Prints_counts_and_examples_per_rule()
    {
        var found = LintCorpus();

        foreach (var group in found.GroupBy(f => f.Diagnostic.Id).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            TestContext.Out.WriteLine($"{group.Key}: {group.Count()}");
            foreach (var (file, text, diagnostic) in group.Take(12))
            {
                var from = Math.Max(0, diagnostic.Span.Start - 50);
                var context = text.Substring(from, Math.Min(text.Length, diagnostic.Span.End + 10) - from).Replace('\n', ' ');
                TestContext.Out.WriteLine($"  {file}: {diagnostic.Message} | ...{context}...");
            }
        }

        Assert.That(found.Select(f => f.Diagnostic.Id), Has.All.AnyOf(CaseLawAndJournalRules));
    }

    [Test]
    public void Real_court_codes_exist_and_real_ordinals_are_well_formed()
    {
        var found = LintCorpus().Select(f => f.Diagnostic.Id).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(found.Count(id => id == "CIT3002"), Is.Zero, "unknown court code");
            Assert.That(found.Count(id => id == "CIT3003"), Is.Zero, "abolished court after its last year");
            Assert.That(found.Count(id => id == "CIT3004"), Is.Zero, "leading zero");
            Assert.That(found.Count(id => id == "CIT3005"), Is.Zero, "LJN ordinal after 2013");
            Assert.That(found.Count(id => id == "CIT3008"), Is.Zero, "EU case number later than its ECLI");
            Assert.That(found.Count(id => id == "CIT4002"), Is.Zero, "journal number zero");
            Assert.That(found.Count(id => id == "CIT4003"), Is.Zero, "implausible journal number");
        });
    }

    [Test]
    public void A_malformed_ecli_in_the_corpus_is_repairable_or_the_cjeu_form()
    {
        var malformed = LintCorpus().Where(f => f.Diagnostic.Id == "CIT3001").Select(f => f.Diagnostic).ToList();

        Assert.That(malformed, Is.Not.Empty);
        Assert.That(malformed, Has.All.Matches<Diagnostic>(d => d.Fix is not null));
        Assert.That(malformed.Where(d => d.Severity == RuleSeverity.Info), Has.All.Matches<Diagnostic>(d => d.Fix!.Replacement == "ECLI:" + d.Message.Split('\'')[1]));
    }

    [Test]
    public void Decision_dates_before_eclis_are_read_and_agree_with_the_ecli_year()
    {
        var folder = CorpusPaths.RequireCorpus("rechtspraak");
        var dated = 0;
        var eclis = 0;
        foreach (var file in Directory.GetFiles(folder, "*.txt"))
        {
            var text = File.ReadAllText(file);
            var citations = CitationFinder.Extract(text);
            var context = new RuleContext(text, citations, LintOptions.Default, new List<Diagnostic>());
            foreach (var ecli in citations.OfType<Citaties.Model.EcliCitation>())
            {
                eclis++;
                if (PrecedingDate.Find(context, ecli) is { } date)
                {
                    dated++;
                    Assert.That(date.Year, Is.EqualTo(ecli.Year), $"{Path.GetFileName(file)}: {text.Substring(date.Span.Start, ecli.Span.End - date.Span.Start)}");
                }
            }
        }

        TestContext.Out.WriteLine($"{dated} of {eclis} ECLIs have a date just before them");
        Assert.That(dated, Is.GreaterThanOrEqualTo(40));
    }
}
