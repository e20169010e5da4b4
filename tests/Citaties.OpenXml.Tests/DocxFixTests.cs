using Citaties.OpenXml.Reading;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using static Citaties.OpenXml.Tests.TestDocuments;

namespace Citaties.OpenXml.Tests;

/// <summary>
/// Fixing a Word document: accepting every revision gives exactly the text <see cref="CitationLinter.Fix"/>
/// gives on the document's plain text, rejecting every revision gives the original, and the direct variant
/// writes the fixed text without revisions.
/// </summary>
[TestFixture]
public class DocxFixTests
{
    private string folder = null!;

    [SetUp]
    public void CreateFolder()
    {
        folder = Path.Combine(Path.GetTempPath(), "citaties-fix-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
    }

    [TearDown]
    public void RemoveFolder() => Directory.Delete(folder, recursive: true);

    // Fixable findings of several rules, some typed over several runs with mixed formatting.
    private string Draft()
    {
        var path = Path.Combine(folder, "ontwerp.docx");
        using var stream = Create(new[]
        {
            Paragraph(Run("Zie Kamer"), Run("brief 31 015", bold: true), Run(", nr. 201 en "), Run("Stb 2011 35", bold: true), Run(".")),
            Paragraph(Run("Het antwoord staat in Aanhangsel Handelingen, vergaderjaar 2023-"), Run("2024, nr. 1719.")),
            Paragraph(Run("Zie ook ECLI:NL:HR:2020:"), Run("01234 en Verordening (EG) 593/2008.")),
        });
        File.WriteAllBytes(path, stream.ToArray());
        return path;
    }

    private static (string Accepted, string Rejected, Body Body) Outcomes(string path)
    {
        using var document = WordprocessingDocument.Open(path, false);
        Assert.That(Revisions.ValidationErrors(document), Is.Empty);
        var body = (Body)document.MainDocumentPart!.Document.Body!.CloneNode(true);
        var accepted = (Body)body.CloneNode(true);
        Revisions.AcceptAll(accepted);
        var rejected = (Body)body.CloneNode(true);
        Revisions.RejectAll(rejected);
        return (Text(accepted), Text(rejected), body);
    }

    private static string Text(Body body) =>
        string.Join(DocxText.ParagraphSeparator, body.Elements<Paragraph>().Select(p => string.Concat(p.Descendants<Text>().Select(t => t.Text))));

    [TestCase(Rules.LintProfile.Literatuur)]
    [TestCase(Rules.LintProfile.Regeling)]
    public void Accepting_all_revisions_gives_the_fixed_plain_text_and_rejecting_gives_the_original(Rules.LintProfile profile)
    {
        var input = Draft();
        var options = new Rules.LintOptions { Profile = profile };
        var plain = DocxCitations.Lint(input, options).Text.Text;
        var expected = CitationLinter.Fix(plain, options);
        Assert.That(expected.Changes, Is.Not.Empty, "the draft must hold fixable findings");

        var output = Path.Combine(folder, "hersteld.docx");
        var result = DocxCitations.Fix(input, output, trackChanges: true, options);
        var (accepted, rejected, body) = Outcomes(output);

        Assert.Multiple(() =>
        {
            Assert.That(result.Skipped, Is.Empty);
            Assert.That(accepted, Is.EqualTo(expected.Text));
            Assert.That(rejected, Is.EqualTo(plain));
            Assert.That(body.Descendants<InsertedRun>().All(i => i.Author?.Value == "Citaties"), Is.True);
        });
    }

    [Test]
    public void Fixing_directly_writes_the_fixed_text_without_revisions()
    {
        var input = Draft();
        var plain = DocxCitations.Lint(input).Text.Text;
        var output = Path.Combine(folder, "direct.docx");

        DocxCitations.Fix(input, output, trackChanges: false);
        var (accepted, _, body) = Outcomes(output);

        Assert.That(body.Descendants<InsertedRun>(), Is.Empty);
        Assert.That(body.Descendants<DeletedRun>(), Is.Empty);
        Assert.That(accepted, Is.EqualTo(CitationLinter.Fix(plain).Text));
    }
}
