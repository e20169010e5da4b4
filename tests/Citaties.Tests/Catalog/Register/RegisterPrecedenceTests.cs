using Citaties.Catalog;
using Citaties.Resolution;

namespace Citaties.Tests.Catalog.Register;

/// <summary>The hand-kept entries win over the register: a title or id both know answers with the hand-kept entry.</summary>
[TestFixture]
public class RegisterPrecedenceTests
{
    [Test]
    public void A_register_title_of_a_hand_kept_law_finds_the_hand_kept_entry_with_its_abbreviations()
    {
        // The register finds the Grondwet by its long title; the answer is the hand-kept entry, which knows "Gw".
        var match = LawCatalog.Default.FindByTitle("Grondwet voor het Koninkrijk der Nederlanden van 24 augustus 1815");

        Assert.That(match.Entry, Is.SameAs(LawCatalog.Default.FindByAbbreviation("Gw").Entry));
        Assert.That(match.Entry!.Abbreviations, Does.Contain("Gw"));
    }

    [Test]
    public void Every_register_row_of_a_hand_kept_id_answers_with_the_hand_kept_entry()
    {
        var catalog = LawCatalog.Default;
        var register = catalog.Register!.Register;
        var handKept = catalog.Laws.Where(l => l.Bwb is not null).ToDictionary(l => l.Bwb!, StringComparer.OrdinalIgnoreCase);
        var checkedRows = 0;
        for (var row = 0; row < register.Count; row++)
        {
            if (!handKept.TryGetValue(register.BwbAt(row), out var entry) || !register.HasCitationTitle(row))
            {
                continue;
            }

            checkedRows++;
            var match = catalog.FindInRegister(register.TitleAt(row));
            Assert.That(match.Candidates, Does.Contain(entry), register.TitleAt(row));
            Assert.That(match.Candidates.Where(c => string.Equals(c.Bwb, entry.Bwb, StringComparison.OrdinalIgnoreCase)), Is.EqualTo(new[] { entry }));
        }

        Assert.That(checkedRows, Is.GreaterThan(100));
    }

    [Test]
    public void A_hand_kept_title_answers_before_the_register_is_asked()
    {
        var catalog = LawCatalog.NewDefaultLoader().Value;

        Assert.That(catalog.FindByTitle("Algemene wet inzake rijksbelastingen").Entry?.CustomaryAbbreviations, Is.Not.Empty);
        Assert.That(catalog.Register!.IsLoaded, Is.False);
    }

    [TestCase("Omgevingswet", "BWBR0037885")]
    [TestCase("Wet open overheid", "BWBR0045754")]
    public void Laws_after_2012_come_from_the_hand_kept_entries(string title, string bwb)
    {
        Assert.That(LawCatalog.Default.FindByTitle(title).Entry?.Bwb, Is.EqualTo(bwb));
    }

    [Test]
    public void A_treaty_of_the_catalog_stays_a_treaty()
    {
        var treaty = LawCatalog.Default.Treaties.First(t => t.Bwb is not null);
        var law = NameResolver.ResolveName(treaty.Title, null, LawCatalog.Default);

        Assert.That(law?.TreatyEntry, Is.SameAs(treaty));
        Assert.That(LawCatalog.Default.FindByBwb(treaty.Bwb!).Found, Is.False);
    }

    [Test]
    public void Finds_a_regulation_the_hand_kept_entries_do_not_know_by_its_id()
    {
        var law = LawCatalog.Default.FindByBwb("BWBR0018784").Entry;

        Assert.That(law?.Title, Is.EqualTo("Spellingwet"));
        Assert.That(LawCatalog.Default.FindByTitle("Spellingwet").Entry, Is.SameAs(law));
    }

    [Test]
    public void A_catalog_created_from_documents_has_no_register()
    {
        var catalog = LawCatalog.Create(new CatalogDocument());

        Assert.That(catalog.FindByTitle("Spellingwet").Found, Is.False);
        Assert.That(LawCatalog.Default.Extend(new CatalogDocument()).FindByTitle("Spellingwet").Found, Is.True);
    }
}
