namespace Citaties.Model;

/// <summary>
/// A Kamerstuk dossier (the "vetnummer"): <c>28 638</c>, <c>35 300 VI</c>, <c>21 501-07</c>, <c>23 908 (R1519)</c>.
/// </summary>
/// <param name="Number">The digits without grouping: <c>28638</c>.</param>
/// <param name="Suffix">
/// The sub-dossier, as written without separators: a budget chapter (<c>VI</c>, <c>IIA</c>), a fund letter
/// (<c>A</c>), a two-digit sub-dossier of 21 501 (<c>07</c>), a rijkswet marker (<c>R1519</c>); null when absent.
/// </param>
/// <param name="Written">The dossier as written, white space collapsed: <c>28 638</c>, <c>34193</c>, <c>35 300-VI</c>.</param>
public readonly record struct Dossier(string Number, string? Suffix, string Written)
{
    /// <summary>True when the suffix marks a bill for a Rijkswet (<c>R1519</c>).</summary>
    public bool IsRijkswet => Suffix is { Length: > 1 } s && s[0] == 'R' && char.IsDigit(s[1]);

    /// <summary>True when the suffix is a numeric sub-dossier (<c>07</c> in <c>21 501-07</c>).</summary>
    public bool HasNumericSuffix => Suffix is { Length: > 0 } s && IsAllDigits(s);

    /// <summary>True when the number was written with a grouping space, dot or hyphen after the thousands (<c>28 638</c>, <c>28.638</c>).</summary>
    public bool IsGrouped => Number.Length >= 4 && Written.Length > Number.Length && (Written[Number.Length - 3] is ' ' or '.' or '-');

    /// <summary>
    /// The canonical printed form (citation-rules.md 2.2): a budget chapter after a space (<c>35 000 VI</c>,
    /// <c>33 400 IIA</c>), a fund letter or numeric sub-dossier after a hyphen (<c>35 300-A</c>, <c>21 501-07</c>),
    /// a rijkswet marker in brackets (<c>23 908 (R1519)</c>).
    /// </summary>
    public string ToCanonical()
    {
        var number = Number.Length == 5 ? Number.Insert(2, " ") : Number;
        if (Suffix is null)
        {
            return number;
        }

        if (IsRijkswet)
        {
            return number + " (" + Suffix + ")";
        }

        return IsBudgetChapter ? number + " " + Suffix : number + "-" + Suffix;
    }

    // A chapter is a Roman numeral up to the low thirties (I, V, X), optionally split by a capital (IXB). Anything
    // else is a fund letter (A, B, C, J; D in older years), printed and read back only after a hyphen: after a space
    // a capital is an Eerste Kamer letter with its comma left out, which the grammar does not take as a suffix.
    private bool IsBudgetChapter
    {
        get
        {
            var s = Suffix!;
            var numeral = 0;
            while (numeral < s.Length && s[numeral] is 'I' or 'V' or 'X')
            {
                numeral++;
            }

            return numeral > 0 && (numeral == s.Length || (numeral == s.Length - 1 && s[numeral] is >= 'A' and <= 'Z'));
        }
    }

    /// <summary>The form used in officielebekendmakingen ids: <c>28638</c>, <c>35300-VI</c>, <c>00007</c>.</summary>
    public string ToIdForm()
    {
        var number = Number.Length < 5 ? Number.PadLeft(5, '0') : Number;
        return Suffix is null ? number : number + "-" + Suffix;
    }

    private static bool IsAllDigits(string s)
    {
        foreach (var c in s)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return s.Length > 0;
    }

    /// <inheritdoc />
    public override string ToString() => ToCanonical();
}
