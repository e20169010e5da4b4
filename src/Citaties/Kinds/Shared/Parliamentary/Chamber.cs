namespace Citaties.Model;

/// <summary>A chamber of the States General.</summary>
public enum Chamber
{
    /// <summary>The Eerste Kamer (Senate), written <c>I</c>.</summary>
    Eerste,

    /// <summary>The Tweede Kamer (House of Representatives), written <c>II</c>.</summary>
    Tweede,

    /// <summary>A joint session (Verenigde Vergadering), written <c>VV</c>.</summary>
    Verenigde,
}

/// <summary>The written forms of <see cref="Chamber"/>.</summary>
public static class ChamberNames
{
    /// <summary>The Roman form used in citations: <c>I</c>, <c>II</c> or <c>VV</c>.</summary>
    public static string ToCitationForm(this Chamber chamber) => chamber switch
    {
        Chamber.Eerste => "I",
        Chamber.Tweede => "II",
        _ => "VV",
    };

    /// <summary>The form used in official ids: <c>ek</c>, <c>tk</c> or <c>vv</c>.</summary>
    public static string ToIdForm(this Chamber chamber) => chamber switch
    {
        Chamber.Eerste => "ek",
        Chamber.Tweede => "tk",
        _ => "vv",
    };
}
