using System.Text.RegularExpressions;
using Citaties.Rules;
using Citaties.Tests.Corpus;

namespace Citaties.Tests.Rules.Legislation;

/// <summary>
/// The lint column of the article and definition rows of seeds/gold.tsv: the legislation findings (CIT2xxx) at the
/// row's text when its seed document is linted whole. A rule id with profiles in brackets applies in those
/// profiles; one without brackets in every profile checked; "none" or no id means no finding. Each row is
/// checked in the profiles a seed can be (toelichting, kamerstuk, literatuur) and in any profile it names.
/// </summary>
[TestFixture]
public class LegislationGoldTests
{
    private static readonly Regex Expectation = new(@"(CIT2\d{3})(?:\s*\[([a-z, ]+)\])?", RegexOptions.CultureInvariant);

    private static readonly LintProfile[] SeedProfiles = { LintProfile.Toelichting, LintProfile.Kamerstuk, LintProfile.Literatuur };

    [TestCaseSource(typeof(GoldTable), nameof(GoldTable.Cases), new object[] { new[] { "article", "definition" } })]
    public void The_seed_gives_the_legislation_findings_gold_lists(GoldRow? row)
    {
        CorpusPaths.RequireCorpus("seeds");
        var source = GoldTable.ReadSeed(row!);
        var places = GoldTable.Locate(source, row!.Text);
        Assert.That(places, Is.Not.Empty, "the gold text stands in the seed");

        var expected = Expectation.Matches(row.Lint).Select(m => (Id: m.Groups[1].Value, Profiles: Profiles(m.Groups[2].Value))).ToList();
        var profiles = SeedProfiles.Concat(expected.SelectMany(e => e.Profiles ?? Array.Empty<LintProfile>())).Distinct();
        foreach (var profile in profiles)
        {
            var wanted = expected.Where(e => e.Profiles is null || e.Profiles.Contains(profile)).Select(e => e.Id).Distinct().OrderBy(id => id);
            var diagnostics = CitationLinter.Lint(source, LegislationLint.In(profile)).Diagnostics;
            foreach (var (start, end) in places)
            {
                var found = diagnostics
                    .Where(d => d.Id.StartsWith("CIT2", StringComparison.Ordinal) && d.Span.Start < end && d.Span.End > start)
                    .Select(d => d.Id)
                    .Distinct()
                    .OrderBy(id => id);
                Assert.That(found, Is.EqualTo(wanted), $"{profile.ToName()} at {start}");
            }
        }
    }

    [Test]
    public void The_redefinition_of_Sv_in_the_gold_row_is_an_info()
    {
        var source = File.ReadAllText(CorpusPaths.RequireCorpus("seeds", "001_d1582a1d1e82969d.txt"));
        var (start, end) = GoldTable.Locate(source, "artikel 125p van het Wetboek van Strafvordering (hierna: Sv)").Single();

        var diagnostic = CitationLinter.Lint(source, LegislationLint.In(LintProfile.Kamerstuk)).Diagnostics
            .Single(d => d.Id == "CIT2006" && d.Span.Start < end && d.Span.End > start);

        Assert.That(diagnostic.Severity, Is.EqualTo(RuleSeverity.Info));
    }

    [Test]
    public void The_lid_of_the_gold_row_is_fixed_to_the_ordinal_form()
    {
        var source = File.ReadAllText(CorpusPaths.RequireCorpus("seeds", "001_d1582a1d1e82969d.txt"));
        const string written = "artikel 6, lid 4, onderdeel c, van de Wet bestuursrechtelijke aanpak online kinderpornografisch materiaal";
        var (start, end) = GoldTable.Locate(source, written).Single();

        var diagnostic = CitationLinter.Lint(source, LegislationLint.In(LintProfile.Toelichting)).Diagnostics
            .Single(d => d.Id == "CIT2003" && d.Span.Start >= start && d.Span.End <= end);
        var fixedText = CitationLinter.Fix(source, LegislationLint.In(LintProfile.Toelichting)).Text;

        Assert.Multiple(() =>
        {
            Assert.That(diagnostic.Fix!.Replacement, Does.StartWith("artikel 6, vierde lid, onderdeel c, van de Wet bestuursrechtelijke aanpak"));
            Assert.That(fixedText, Does.Contain("artikel 6, vierde lid, onderdeel c, van de Wet"));
            Assert.That(CitationLinter.Lint(fixedText, LegislationLint.In(LintProfile.Toelichting)).Diagnostics.Where(d => d.Id == "CIT2003"), Is.Empty);
        });
    }

    private static LintProfile[]? Profiles(string list)
    {
        if (list.Length == 0)
        {
            return null;
        }

        return list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(name => LintProfileNames.TryParse(name, out var p) ? p : throw new FormatException($"unknown profile '{name}' in gold.tsv"))
            .ToArray();
    }
}
