namespace Citaties.Model;

/// <summary>How the leden of an article citation are written (rule CIT2003).</summary>
public enum ParagraphStyle
{
    /// <summary>No lid is cited.</summary>
    None,

    /// <summary>Ordinal words before <c>lid</c>: <c>tweede lid</c>, <c>eerste en derde lid</c> (Ar 3.29).</summary>
    Ordinal,

    /// <summary>Numbers after <c>lid</c>: <c>lid 2</c>, <c>leden 1 en 3</c> (Leidraad short form).</summary>
    Number,
}
