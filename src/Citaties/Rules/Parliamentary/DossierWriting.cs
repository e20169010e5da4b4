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
    /// True for a suffix glued to the number or after a dot (<c>32 123IV</c>, <c>32123.IV</c>), or written with a space
    /// inside (<c>(R 2150)</c>): the printed forms put a space, a hyphen or a bracket before the suffix, and nothing in it.
    /// </summary>
    public static bool HasIrregularSuffix(Dossier dossier)
    {
        var number = Number(dossier);
        if (dossier.Suffix is not { } suffix || dossier.Written.Length == number.Length)
        {
            return false;
        }

        var rest = dossier.Written.Substring(number.Length);
        if (rest[0] is not (' ' or '-' or '('))
        {
            return true;
        }

        var marked = rest[0] == '(' ? rest : rest.Substring(1);
        return marked != suffix && marked != "(" + suffix + ")";
    }

    /// <summary>The suffix as printed after the number (<c> IV</c>, <c>-A</c>, <c> (R2150)</c>); empty when there is none.</summary>
    public static string PrintedSuffix(Dossier dossier)
    {
        var canonical = dossier.ToCanonical();
        var numberLength = dossier.Number.Length == 5 ? 6 : dossier.Number.Length;
        return canonical.Substring(numberLength);
    }

    /// <summary>True when either part is written in a form of no house style.</summary>
    public static bool IsIrregular(Dossier dossier) => HasIrregularGrouping(dossier) || HasIrregularSuffix(dossier);
}
