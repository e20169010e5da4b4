using Citaties.Documents;
using Citaties.Rules;
using CsCheck;

namespace Citaties.Tests.Linting;

/// <summary>
/// The incremental linter gives exactly what a full lint gives, version after version: it keeps the citations of
/// the paragraphs that did not change and reads the others again, while resolution and rules see the whole text.
/// </summary>
[TestFixture]
public sealed class IncrementalLinterTests
{
    private static readonly string[] Fragments =
    {
        "Zie Kamerstukken II 2019-2020, 35 300, nr. 3. ", "Wetboek van Strafvordering (hierna: Sv) ", "artikel 125p Sv ",
        "art. 6:162 BW ", "ECLI:NL:HR:2016:162 ", "HR 29 januari 2016, ", "Stb. 2023, 123. ", "Kamerstuk 34193, nr. 5 ",
        "Kamerstukken 35 165, nr. 2 ", "van die wet ", "Kamerstuk 28 638 nr", "\n", "\n\n", "\r\n\r\n", " \n \n", "\u2029",
        "Verordening (EU) 2022/2065 ", "artikel 6, vierde lid, onderdeel c, van de Algemene wet bestuursrecht ", "tekst ",
    };

    private static readonly Gen<string> Texts =
        Gen.Int[0, Fragments.Length - 1].Select(i => Fragments[i]).Array[0, 60].Select(parts => string.Concat(parts));

    [Test]
    public void Every_version_of_an_edited_text_lints_as_the_whole_text_does()
    {
        Gen.Select(Texts, Texts.Array[1, 6]).Sample(versions =>
        {
            var (first, next) = versions;
            var linter = new IncrementalLinter();
            foreach (var text in next.Prepend(first))
            {
                AssertSame(linter.Lint(text), CitationLinter.Lint(text), text);
            }
        }, iter: 300);
    }

    [Test]
    public void A_keystroke_in_one_paragraph_reads_only_that_paragraph_again()
    {
        var text = string.Join("\n\n", Enumerable.Range(0, 50).Select(i => $"Alinea {i}: zie Kamerstukken II 2019/20, 35 {300 + i}, nr. 3."));
        var linter = new IncrementalLinter();
        linter.Lint(text);
        Assert.That(linter.ParagraphsRead, Is.EqualTo(50));

        var typed = text.Insert(text.IndexOf("Alinea 20", StringComparison.Ordinal), "x");
        var result = linter.Lint(typed);

        Assert.That(linter.ParagraphsRead, Is.EqualTo(1));
        AssertSame(result, CitationLinter.Lint(typed), typed);
    }

    [Test]
    public void A_definition_in_an_unchanged_paragraph_still_applies_to_a_changed_one()
    {
        var options = new LintOptions { Profile = LintProfile.Toelichting };
        var linter = new IncrementalLinter(options);
        const string before = "Het Wetboek van Strafvordering (hierna: Sv) geldt.\n\nZie artikel 125p.";
        linter.Lint(before);

        const string after = "Het Wetboek van Strafvordering (hierna: Sv) geldt.\n\nZie artikel 125p Sv.";
        var result = linter.Lint(after);

        AssertSame(result, CitationLinter.Lint(after, options), after);
        Assert.That(result.Citations.OfType<Model.ArticleCitation>().Single().Law?.Bwb, Is.EqualTo("BWBR0001903"));
    }

    [Test]
    public void The_samples_and_the_corpus_lint_alike_whole_and_by_paragraph()
    {
        var files = Directory.GetFiles(Path.Combine(CorpusPaths.RepositoryRoot, "samples"), "*.txt").ToList();
        if (CorpusPaths.CorpusRoot is { } corpus)
        {
            files.AddRange(Directory.GetFiles(Path.Combine(corpus, "seeds"), "*.txt").Take(40));
            files.AddRange(Directory.GetFiles(Path.Combine(corpus, "rechtspraak"), "*.txt").Take(20));
            files.AddRange(Directory.GetFiles(Path.Combine(corpus, "handelingen"), "*.txt").Take(10));
        }

        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            var linter = new IncrementalLinter();
            AssertSame(linter.Lint(text), CitationLinter.Lint(text), file);

            // A line typed in the middle, then removed again.
            var middle = text.IndexOf('\n', text.Length / 2) + 1;
            var typed = text.Insert(middle, "Zie Kamerstukken II 2019-2020, 35 300, nr. 3.\n\n");
            AssertSame(linter.Lint(typed), CitationLinter.Lint(typed), file + " (typed)");
            AssertSame(linter.Lint(text), CitationLinter.Lint(text), file + " (again)");
        }
    }

    [Test]
    public void A_document_is_located_as_its_own_lint_locates_it()
    {
        var document = DocumentReader.Default.ReadString("brief.html", "<p>Zie <i>Kamerstukken II</i> 2019-2020, 35 300, nr. 3</p>\n\n<p>art. 6:162 BW</p>");
        var linter = new IncrementalLinter();

        var incremental = document.LintIncrementally(linter);
        var whole = document.Lint();

        Assert.That(incremental.Findings.Select(f => (f.Diagnostic.Id, f.Region)), Is.EqualTo(whole.Findings.Select(f => (f.Diagnostic.Id, f.Region))));
    }

    private static void AssertSame(LintResult actual, LintResult expected, string what)
    {
        Assert.That(actual.Citations.Select(c => (c.Kind, c.Span, c.Canonical)), Is.EqualTo(expected.Citations.Select(c => (c.Kind, c.Span, c.Canonical))), what);
        Assert.That(actual.Diagnostics.Select(d => d.ToString()), Is.EqualTo(expected.Diagnostics.Select(d => d.ToString())), what);
    }
}
