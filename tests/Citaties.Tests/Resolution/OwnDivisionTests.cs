using Citaties.Model;

namespace Citaties.Tests.Resolution;

/// <summary>
/// Issue 16 item 3: the parts of a law its own text names without the law (<c>afdeling 3.4</c>, <c>de titels IVa tot en
/// met Vc</c>, <c>Titel VI van het Tweede Boek</c>) are parts of the context law. The sentences are from the BWB texts
/// of the Awb and Sv in ../shared/corpus/bwb.
/// </summary>
[TestFixture]
public class OwnDivisionTests
{
    private const string Awb = "BWBR0005537";
    private const string Sv = "BWBR0001903";
    private const string Sr = "BWBR0001854";

    private static List<ArticleCitation> Divisions(string text, string? context) =>
        CitationFinder.Extract(text, context is null ? null : new ExtractOptions { ContextLaw = new LawReference { Bwb = context } })
            .OfType<ArticleCitation>()
            .Where(c => c.Division is not null)
            .ToList();

    [TestCase("Indien afdeling 3.4 niet van toepassing is, geschiedt de voorbereiding", DivisionUnit.Afdeling, "3.4")]
    [TestCase("2 Paragraaf 4.1.3.2 is niet van toepassing indien deze paragraaf van toepassing is.", DivisionUnit.Paragraaf, "4.1.3.2")]
    [TestCase("Op het verkeer met de ombudsman is hoofdstuk 2 van overeenkomstige toepassing", DivisionUnit.Hoofdstuk, "2")]
    [TestCase("als bedoeld in titel Va van het Eerste Boek", DivisionUnit.Titel, "Va")]
    public void A_part_without_a_law_is_a_part_of_the_context_law(string text, DivisionUnit unit, string number)
    {
        var c = Divisions(text, Awb).Single();

        Assert.Multiple(() =>
        {
            Assert.That(c.Division, Is.EqualTo(new LawDivision(unit, number)));
            Assert.That(c.Law?.Bwb, Is.EqualTo(Awb));
            Assert.That(c.Law?.Source, Is.EqualTo(LawSource.ContextLaw));
        });
    }

    [Test]
    public void Each_part_of_a_list_is_a_citation_and_a_range_is_one()
    {
        const string text = "omschreven in de titels IVa tot en met Vc en Ve van het Eerste Boek, kunnen worden uitgeoefend";

        var divisions = Divisions(text, Sv);

        Assert.Multiple(() =>
        {
            Assert.That(divisions.Select(d => d.Division), Is.EqualTo(new[]
            {
                new LawDivision(DivisionUnit.Titel, "IVa") { To = "Vc" },
                new LawDivision(DivisionUnit.Titel, "Ve"),
            }));
            Assert.That(divisions.Select(d => d.Law?.Bwb), Is.All.EqualTo(Sv));
            Assert.That(divisions.Select(d => text.Substring(d.Span.Start, d.Span.Length)), Is.EqualTo(new[] { "titels IVa tot en met Vc", "Ve van het Eerste Boek" }));
            Assert.That(divisions[0].Canonical, Does.StartWith("titels IVa tot en met Vc"));
        });
    }

    [TestCase("zijn de afdelingen 3.6 en 3.7 niet van toepassing", Awb, 2)]
    [TestCase("De hoofdstukken 2 tot en met 8 en 10 van deze wet zijn niet van toepassing op", Awb, 2)]
    [TestCase("vinden titels V en VI van Boek II en titel IIIb van boek IV overeenkomstige toepassing", Sv, 3)]
    [TestCase("zijn de bepalingen van Titel VI van het Tweede Boek van overeenkomstige toepassing", Sv, 1)]
    [TestCase("Titel III van het derde Boek is van overeenkomstige toepassing.", Sv, 1)]
    public void Parts_in_a_book_of_the_code_or_of_this_law_are_of_the_context_law(string text, string context, int count)
    {
        var divisions = Divisions(text, context);

        Assert.Multiple(() =>
        {
            Assert.That(divisions, Has.Count.EqualTo(count));
            Assert.That(divisions.Select(d => d.Law?.Bwb), Is.All.EqualTo(context));
        });
    }

    [Test]
    public void A_book_of_a_code_named_after_it_is_not_the_context_law()
    {
        var divisions = Divisions("een ambtsmisdrijf als bedoeld in titel XXVIII van het Tweede Boek van het Wetboek van Strafrecht", Sv);

        Assert.That(divisions.Select(d => d.Law?.Bwb), Has.None.EqualTo(Sv));
    }

    [TestCase("De termijn, bedoeld in afdeling 3.4, is verstreken.")]
    [TestCase("Zie paragraaf 2.3 van deze brief.")]
    public void Outside_a_law_a_part_without_a_law_is_the_texts_own(string text)
    {
        Assert.That(Divisions(text, null), Is.Empty);
    }

    [TestCase("Afdeling\n6.1\nInleidende bepalingen\nArtikel 6:1")]
    [TestCase("Afdeling 6.1\nInleidende bepalingen")]
    public void A_heading_is_no_citation(string text)
    {
        Assert.That(Divisions(text, Awb), Is.Empty);
    }

    [Test]
    public void Prose_broken_over_lines_is_read()
    {
        var divisions = Divisions("b. zijn de afdelingen\n3.6 en 3.7 niet\nvan toepassing.", Awb);

        Assert.That(divisions.Select(d => d.Division?.Number), Is.EqualTo(new[] { "3.6", "3.7" }));
    }

    [Test]
    public void A_book_of_the_code_is_a_book_of_the_context_law_and_unresolved_without_one()
    {
        Assert.That(Divisions("Titel VI van het Tweede Boek", Sr).Single().Law?.Bwb, Is.EqualTo(Sr));
        Assert.That(Divisions("Titel VI van het Tweede Boek", null).Single().Law, Is.Null);
    }
}
