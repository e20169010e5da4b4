namespace Citaties.Model;

/// <summary>How a range of articles or leden is written (rule CIT2010).</summary>
public enum RangeStyle
{
    /// <summary>No range.</summary>
    None,

    /// <summary><c>3 tot en met 5</c> (Ar 3.14).</summary>
    TotEnMet,

    /// <summary><c>16h t/m 16m</c> (customary in literature).</summary>
    TM,

    /// <summary><c>3-5</c>.</summary>
    Hyphen,
}
