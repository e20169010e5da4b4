namespace Citaties.Catalog.Register;

/// <summary>
/// The layout of the embedded register of BWB titles (Catalog/Data/bwb-titles.bin), shared by the generator in
/// tools/Citaties.BwbTitles, which links this file, and the reader in this assembly, so the two cannot drift.
/// The file is a deflate stream of: <see cref="Magic"/>, <see cref="Version"/>, the kinds (count, then each as a
/// <c>BinaryWriter</c> string), the row count, then per row the id prefix (index into <see cref="IdPrefixes"/>), the
/// seven id digits as an int, the kind index, <see cref="RowFlags"/> and the title as a <c>BinaryWriter</c> string.
/// </summary>
internal static class BwbTitleFormat
{
    /// <summary>The first four bytes after decompression: "CTBW".</summary>
    internal const int Magic = 0x57425443;

    /// <summary>Bumped whenever the layout changes; the reader rejects another.</summary>
    internal const byte Version = 1;

    /// <summary>The logical name of the resource in the Citaties assembly.</summary>
    internal const string ResourceName = "Citaties.Catalog.Data.bwb-titles.bin";

    /// <summary>BWB ids are one of these prefixes followed by seven digits (BWBR0001854, BWBV0001000).</summary>
    internal static readonly string[] IdPrefixes = { "BWBR", "BWBV" };

    /// <summary>How many digits follow the prefix.</summary>
    internal const int IdDigits = 7;
}

/// <summary>What the title of a row is.</summary>
internal enum RowFlags : byte
{
    /// <summary>The long title (intitule): the regulation gives no citation title, or the one found was noise.</summary>
    LongTitle = 0,

    /// <summary>The citation title (citeertitel) the regulation gives itself.</summary>
    CitationTitle = 1,

    /// <summary>
    /// The title is shown but never matched as a name: a single word (<c>Huurbeleid</c>, <c>Collectieregeling</c>)
    /// that prose uses as an ordinary noun.
    /// </summary>
    NotAName = 2,
}
