using System.Xml;

namespace Citaties.Catalog.Bwb;

/// <summary>The one place XmlReader settings for BWB input are made: every file is untrusted.</summary>
internal static class BwbXmlSettings
{
    /// <summary>
    /// Settings that make hostile XML harmless. The older <c>wetgeving</c> files start with a DOCTYPE naming an
    /// online DTD, so a DTD cannot be prohibited outright; it is ignored instead: never fetched (no resolver),
    /// its entity declarations never expanded (a billion-laughs document then fails on the undeclared entity).
    /// Entity expansion and document size are capped as a second line of defence.
    /// </summary>
    public static XmlReaderSettings Create(long maxDocumentCharacters) => new()
    {
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        MaxCharactersFromEntities = 1024,
        MaxCharactersInDocument = maxDocumentCharacters,
        ValidationType = ValidationType.None,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = false,
    };
}
