using Citaties.Rules;

namespace Citaties.Tests.Corpus;

/// <summary>
/// Fix on real documents in every profile: afterwards no finding with a fix remains, fixing again changes
/// nothing, and the reported changes account for every difference, so the text outside them is the original
/// byte for byte. Runs on the seeds, every fifth rechtspraak decision and the repository's samples.
/// </summary>
[TestFixture]
public class FixRoundTripTests
{
    // Every fifth decision in file-name order: a deterministic sample of courts and years, and the whole
    // test stays within seconds.
    private const int RechtspraakStep = 5;

    private static readonly LintProfile[] Profiles =
    {
        LintProfile.Regeling, LintProfile.Toelichting, LintProfile.Kamerstuk, LintProfile.Literatuur,
    };

    public static IEnumerable<LintProfile> AllProfiles() => Profiles;

    [TestCaseSource(nameof(AllProfiles))]
    public void Seeds_and_decisions_round_trip(LintProfile profile)
    {
        var documents = CorpusDocuments.Seeds()
            .Concat(CorpusDocuments.Rechtspraak().Where((_, i) => i % RechtspraakStep == 0))
            .ToArray();

        var changed = AssertRoundTrips(documents, profile);

        // The seeds carry house-style variants that have a fix in every profile (vergaderjaar 2025-2026), so
        // the round trip is exercised on real changes, not only on untouched text.
        Assert.That(changed, Is.GreaterThan(0), "no document was changed by Fix");
    }

    [TestCaseSource(nameof(AllProfiles))]
    public void Samples_round_trip(LintProfile profile)
    {
        var folder = Path.Combine(CorpusPaths.RepositoryRoot, "samples");
        var documents = Directory.GetFiles(folder, "*.txt")
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => new CorpusDocument("samples/" + Path.GetFileName(f), File.ReadAllText(f)))
            .ToArray();
        Assert.That(documents, Is.Not.Empty, "samples/*.txt");

        AssertRoundTrips(documents, profile);
    }

    [Test]
    public void Rebuild_detects_a_change_that_was_not_reported()
    {
        // The check must be able to fail: an edit outside the reported changes is a difference it names.
        var original = "abc def ghi";
        var changes = new[] { new TextChange(new Citaties.Model.TextSpan(4, 3), "def", "DEF", new[] { "CIT0000" }) };

        Assert.Multiple(() =>
        {
            Assert.That(FixChanges.Mismatch(original, "abc DEF ghi", changes), Is.Null);
            Assert.That(FixChanges.Mismatch(original, "abX DEF ghi", changes), Does.Contain("offset 2"));
            Assert.That(FixChanges.Mismatch(original, "abc DEF ghi!", changes), Does.Contain("after the last change"));
        });
    }

    private static int AssertRoundTrips(CorpusDocument[] documents, LintProfile profile)
    {
        var options = new LintOptions { Profile = profile };
        var problems = new List<string>();
        var changed = 0;
        var changesByRule = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            var result = CitationLinter.Fix(document.Text, options);
            changed += result.IsUnchanged ? 0 : 1;
            foreach (var id in result.Changes.SelectMany(c => c.RuleIds))
            {
                changesByRule[id] = changesByRule.GetValueOrDefault(id) + 1;
            }

            foreach (var left in CitationLinter.Lint(result.Text, options).Diagnostics.Where(d => d.Fix is not null))
            {
                problems.Add($"{document.Name}: after Fix, {left.Id} still offers a fix at {left.Span} " +
                    $"('{result.Text.Substring(left.Span.Start, left.Span.Length)}' -> '{left.Fix!.Replacement}')");
            }

            var again = CitationLinter.Fix(result.Text, options);
            if (!again.IsUnchanged || again.Text != result.Text)
            {
                problems.Add($"{document.Name}: fixing the fixed text changes it again: " +
                    string.Join("; ", again.Changes.Select(c => $"{string.Join("+", c.RuleIds)} '{c.OriginalText}' -> '{c.NewText}'")));
            }

            var mismatch = FixChanges.Mismatch(document.Text, result.Text, result.Changes);
            if (mismatch is not null)
            {
                problems.Add($"{document.Name}: {mismatch}");
            }

            foreach (var change in result.Changes.Where(c => c.RuleIds.Any(id => RuleCatalog.Find(id) is not { HasFix: true })))
            {
                problems.Add($"{document.Name}: change '{change.OriginalText}' -> '{change.NewText}' names a rule without a fix: {string.Join(", ", change.RuleIds)}");
            }
        }

        TestContext.Out.WriteLine($"profile {profile.ToName()}: {documents.Length} documents, {changed} changed; changes per rule: " +
            string.Join(", ", changesByRule.Select(r => $"{r.Key} {r.Value}")));
        foreach (var problem in problems)
        {
            TestContext.Out.WriteLine(problem);
        }

        Assert.That(problems, Is.Empty);
        return changed;
    }
}
