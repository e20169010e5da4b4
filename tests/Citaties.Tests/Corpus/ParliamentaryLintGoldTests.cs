using System.Text.RegularExpressions;
using Citaties.Rules;

namespace Citaties.Tests.Corpus;

/// <summary>
/// The lint column of the kamerstuk and aanhangsel rows of seeds/gold.tsv: which CIT1xxx rules fire on the row's
/// citation, in which profile. Reading of the column (it is prose, written for people):
/// <list type="bullet">
/// <item>Clauses are separated by ';' outside brackets. An id followed in its clause by <c>[profile]</c> fires in
/// that profile only (<c>CIT1003 and CIT1004 [literatuur]</c>: both); an id without a bracket fires whatever the profile.</item>
/// <item>The seeds are Kamerbrieven and answers to Kamervragen, so their own profile is <c>kamerstuk</c>: there the
/// unbracketed ids are exactly what fires. In a profile a bracket names, exactly the unbracketed ids and that
/// profile's ids fire. In literatuur without a bracket the unbracketed ids must fire, and others may: a row written
/// for the Kamer's house style says nothing of the chamber and year literature wants (<c>Kamerstuk 34193, nr. 1</c>
/// lists only CIT1005, yet in literatuur it also lacks chamber and year, as the section 14 vector says).</item>
/// <item><c>none</c> means no CIT1xxx finding on that citation in kamerstuk or literatuur.</item>
/// <item><c>fix "X"</c> in a clause: applying the fix of that clause's rule to the row's text gives X.</item>
/// </list>
/// A row "fires" a rule when a diagnostic of the linted seed document overlaps the row's place in it.
/// </summary>
[TestFixture]
public class ParliamentaryLintGoldTests
{
    private static readonly Regex Id = new(@"CIT1\d{3}");
    private static readonly Regex Bracket = new(@"\[(\w+)\]");
    private static readonly Regex FixText = new("fix (?:is )?\"([^\"]+)\"");

    [TestCaseSource(typeof(GoldTable), nameof(GoldTable.Cases), new object[] { new[] { "kamerstuk", "aanhangsel" } })]
    public void The_rules_named_in_the_lint_column_fire_on_the_row(GoldRow? row)
    {
        CorpusPaths.RequireCorpus("seeds");
        var source = GoldTable.ReadSeed(row!);
        var locations = GoldTable.Locate(source, row!.Text);
        Assert.That(locations, Is.Not.Empty, $"gold text not found in {row.File}");
        var clauses = Clauses(row.Lint);
        var none = row.Lint.TrimStart().StartsWith("none", StringComparison.Ordinal);
        var general = clauses.Where(c => c.Profile is null).SelectMany(c => c.Ids).ToHashSet();
        var bracketed = clauses.Where(c => c.Profile is not null).Select(c => c.Profile!.Value).Distinct().ToList();

        foreach (var (start, end) in locations)
        {
            Assert.Multiple(() =>
            {
                var inKamerstuk = Fired(source, start, end, LintProfile.Kamerstuk);
                Assert.That(inKamerstuk, Is.EquivalentTo(general.Union(Ids(clauses, LintProfile.Kamerstuk))), "profile kamerstuk");

                foreach (var profile in bracketed)
                {
                    Assert.That(Fired(source, start, end, profile), Is.EquivalentTo(general.Union(Ids(clauses, profile))), $"profile {profile.ToName()}");
                }

                var inLiteratuur = Fired(source, start, end, LintProfile.Literatuur);
                if (none)
                {
                    Assert.That(inLiteratuur, Is.Empty, "profile literatuur");
                }
                else
                {
                    Assert.That(inLiteratuur, Is.SupersetOf(general), "profile literatuur");
                }

                foreach (var clause in clauses.Where(c => c.Fix is not null))
                {
                    AssertFix(source, start, end, clause);
                }
            });
        }
    }

    private static void AssertFix(string source, int start, int end, Clause clause)
    {
        var profile = clause.Profile ?? LintProfile.Kamerstuk;
        var id = clause.Ids[^1];
        var diagnostic = Diagnostics(source, start, end, profile).Single(d => d.Id == id);
        Assert.That(diagnostic.Fix, Is.Not.Null, $"{id} offers no fix");
        var fix = diagnostic.Fix!;
        Assert.That(fix.Span.Start >= start && fix.Span.End <= end, Is.True, $"{id} fixes outside the row");
        var fixedText = source[start..fix.Span.Start] + fix.Replacement + source[fix.Span.End..end];
        Assert.That(Regex.Replace(fixedText, @"\s+", " "), Is.EqualTo(clause.Fix), $"fix of {id}");
    }

    private static IEnumerable<string> Ids(IEnumerable<Clause> clauses, LintProfile profile) =>
        clauses.Where(c => c.Profile == profile).SelectMany(c => c.Ids);

    private static List<string> Fired(string source, int start, int end, LintProfile profile) =>
        Diagnostics(source, start, end, profile).Select(d => d.Id).Where(id => id.StartsWith("CIT1", StringComparison.Ordinal)).Distinct().ToList();

    private static IEnumerable<Diagnostic> Diagnostics(string source, int start, int end, LintProfile profile) =>
        CitationLinter.Lint(source, new LintOptions { Profile = profile }).Diagnostics
            .Where(d => d.Span.Start < end && start < d.Span.End);

    private static List<Clause> Clauses(string lint)
    {
        var clauses = new List<Clause>();
        foreach (var text in SplitOutsideBrackets(lint))
        {
            var ids = Id.Matches(text).Select(m => m.Value).ToList();
            var bracket = Bracket.Match(text);
            LintProfile? profile = bracket.Success && LintProfileNames.TryParse(bracket.Groups[1].Value, out var p) ? p : null;
            var fix = FixText.Match(text);
            if (ids.Count > 0)
            {
                clauses.Add(new Clause(ids, profile, fix.Success ? fix.Groups[1].Value : null));
            }
        }

        return clauses;
    }

    // "CIT1002 (form); CIT1003 [literatuur] (missing; so the fix is "...")": the ';' inside brackets does not split.
    private static IEnumerable<string> SplitOutsideBrackets(string text)
    {
        var depth = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '(':
                    depth++;
                    break;
                case ')':
                    depth = Math.Max(0, depth - 1);
                    break;
                case ';' when depth == 0:
                    yield return text[start..i];
                    start = i + 1;
                    break;
            }
        }

        yield return text[start..];
    }

    private sealed record Clause(IReadOnlyList<string> Ids, LintProfile? Profile, string? Fix);
}
