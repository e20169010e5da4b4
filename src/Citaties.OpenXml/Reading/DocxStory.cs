namespace Citaties.OpenXml.Reading;

/// <summary>The parts of a document whose text is scanned, in the order their text is laid out.</summary>
public enum DocxStory
{
    /// <summary>The main document body, with its tables, text boxes and content controls.</summary>
    Body,

    /// <summary>Footnotes.</summary>
    Footnotes,

    /// <summary>Endnotes.</summary>
    Endnotes,

    /// <summary>Comments.</summary>
    Comments,

    /// <summary>Headers.</summary>
    Header,

    /// <summary>Footers.</summary>
    Footer,
}
