using Citaties.Catalog;
using Citaties.Model;
using Citaties.Resolution;

namespace Citaties.Tests.Catalog.Register;

/// <summary>
/// Words of prose that end like a kind of regulation are no title, however many titles the register holds: not
/// written in lower case (the register matches only names with a capital), and not as a bare or generic word at the
/// start of a sentence either.
/// </summary>
[TestFixture]
public class OrdinaryWordTests
{
    private static readonly string[] Words =
    {
        "de wet", "wet", "het wetboek", "regeling", "de regeling", "een nieuwe regeling", "besluit", "het besluit",
        "dit besluit", "de uitvoeringsregeling", "zeggenschapsregeling", "de overgangsregeling", "subsidieregeling",
        "een wijzigingsbesluit", "het uitvoeringsbesluit", "de kaderwet", "een raamwet", "de verzamelwet",
        "de invoeringswet", "een reparatiewet", "de spoedwet", "de noodwet", "de aanpassingswet",
        "het instellingsbesluit", "het mandaatbesluit", "de beleidsregel", "de verordening", "het reglement",
        "de beschikking", "de circulaire", "het huurbeleid", "de collectieregeling", "de assurantiebelasting",
        "een tijdelijke regeling", "de tariefregeling", "het vaststellingsbesluit", "de machtigingswet",
        "het delegatiebesluit", "de goedkeuringswet", "het aanwijzingsbesluit", "de bijdrageregeling",
    };

    private static IEnumerable<string> Spellings()
    {
        foreach (var word in Words)
        {
            yield return word;

            // At the start of a sentence the first letter is a capital; the bare word as well.
            yield return char.ToUpperInvariant(word[0]) + word.Substring(1);
            var bare = word.Substring(word.IndexOf(' ') + 1);
            yield return char.ToUpperInvariant(bare[0]) + bare.Substring(1);
        }
    }

    [TestCaseSource(nameof(Spellings))]
    public void Is_no_title(string word)
    {
        Assert.That(LawCatalog.Default.FindByTitle(word).Found, Is.False);
        Assert.That(NameResolver.ResolveName(word, null, LawCatalog.Default)?.Bwb, Is.Null);
    }

    [TestCaseSource(nameof(Spellings))]
    public void Resolves_no_citation_in_prose(string word)
    {
        var text = $"Op grond van artikel 3 van {word} en (hierna: {word}) kan artikel 4 van {word} gelden.";
        var laws = CitationFinder.Extract(text)
            .Select(c => c switch { ArticleCitation a => a.Law, AbbreviationDefinition d => d.Law, _ => null })
            .Where(l => l?.Bwb is not null);

        Assert.That(laws, Is.Empty);
    }

    [Test]
    public void A_real_one_word_title_resolves_with_its_capital_only()
    {
        // The Ontslagbesluit is a regulation; "het ontslagbesluit" of prose is a decision to dismiss.
        Assert.That(CitationFinder.Extract("artikel 3 van het Ontslagbesluit").OfType<ArticleCitation>().Single().Law?.Bwb, Is.EqualTo("BWBR0010062"));
        Assert.That(LawCatalog.Default.FindByTitle("het ontslagbesluit").Found, Is.False);
    }

    [Test]
    public void Lower_case_prose_never_reads_the_register()
    {
        var catalog = LawCatalog.NewDefaultLoader().Value;
        foreach (var word in Words)
        {
            catalog.FindByTitle(word);
        }

        Assert.That(catalog.Register!.IsLoaded, Is.False);
    }
}
