extern alias generator;

using Citaties.Catalog.Register;
using Citaties.Catalog;
using System.IO.Compression;

namespace Citaties.Tests.Catalog.Register;

/// <summary>The committed register is what the generator makes from the TSV: nobody edits it by hand, and a changed TSV or generator shows here.</summary>
[TestFixture]
public class RegisterGenerationTests
{
    [Test]
    public void The_embedded_register_equals_what_the_generator_makes_from_the_tsv()
    {
        var rows = BwbTitlesTsv.Require();
        var expected = generator::Citaties.BwbTitles.TitleTable.Payload(rows);

        // Compared after inflating: another zlib may deflate the same bytes differently.
        using var resource = typeof(LawCatalog).Assembly.GetManifestResourceStream(BwbTitleFormat.ResourceName)!;
        using var inflated = new DeflateStream(resource, CompressionMode.Decompress);
        using var actual = new MemoryStream();
        inflated.CopyTo(actual);

        Assert.That(
            actual.ToArray().SequenceEqual(expected),
            Is.True,
            "src/Citaties/Catalog/Data/bwb-titles.bin is stale: run `dotnet run --project tools/Citaties.BwbTitles -- ../shared/catalog/bwb-titles.tsv src/Citaties/Catalog/Data/bwb-titles.bin`.");
    }

    [Test]
    public void Every_row_of_the_tsv_is_in_the_register_by_its_id()
    {
        var rows = BwbTitlesTsv.Require();
        var register = BwbTitleRegister.ReadEmbedded();
        var missing = rows
            .Where(r => r.CitationTitle.Length > 0 || r.LongTitle.Length > 0)
            .Where(r => register.FindByBwb(r.Bwb) < 0)
            .Select(r => r.Bwb)
            .ToList();

        Assert.That(missing, Is.Empty);
        Assert.That(register.Count, Is.EqualTo(rows.Where(r => r.CitationTitle.Length > 0 || r.LongTitle.Length > 0).Select(r => r.Bwb).Distinct().Count()));
    }
}
