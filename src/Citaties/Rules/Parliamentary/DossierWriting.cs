using Citaties.Model;

namespace Citaties.Rules.Parliamentary;

/// <summary>
/// How a five-digit dossier number was written, for CIT1005 (which style: <c>34 193</c> or <c>34193</c>) and
/// CIT1014 (no style at all: <c>34.193</c>, <c>34-193</c>, a chapter glued on as in <c>34193.IV</c>).
/// </summary>
internal static class DossierWriting
{
    /// <summary>The number as the record has it written (grouping collapsed to one character), without its suffix.</summary>
    public static string Number(Dossier dossier) =>
        dossier.Written.Substring(0, dossier.IsGrouped ? 6 : 5);

    /// <summary>True for a dot or hyphen after the thousands, which no house style uses.</summary>
    public static bool HasIrregularGrouping(Dossier dossier) =>
        dossier.IsGrouped && dossier.Written[2] != ' ';

    /// <summary>
    /// True for a suffix glued to the number or after a dot (<c>32 123IV</c>, <c>32123.IV</c>); the printed forms put
    /// a space, a hyphen or a bracket there.
    /// </summary>
    public static bool HasIrregularSuffix(Dossier dossier)
    {
        var number = Number(dossier);
        return dossier.Written.Length > number.Length && dossier.Written[number.Length] is not (' ' or '-' or '(');
    }

    /// <summary>True when either part is written in a form of no house style.</summary>
    public static bool IsIrregular(Dossier dossier) => HasIrregularGrouping(dossier) || HasIrregularSuffix(dossier);
}
