using System;

namespace Citaties.Model;

/// <summary>
/// What is wrong with an officielebekendmakingen id as written (citation-rules.md 10.3). Flags, because an id
/// can have several faults at once. The validator (CIT6003) names each one in its message.
/// </summary>
[Flags]
public enum OfficialIdDefect
{
    /// <summary>Well formed.</summary>
    None = 0,

    /// <summary>The vergaderjaar is not eight digits: <c>ah-tk-2019202-3645</c>.</summary>
    SessionYearDigits = 1 << 0,

    /// <summary>The vergaderjaar has eight digits but not two consecutive years: <c>h-tk-20192021-46-12</c>.</summary>
    SessionYearNotConsecutive = 1 << 1,

    /// <summary>The dossier number of a Kamerstuk id is not one to six digits: <c>kst-A28638-178</c>.</summary>
    DossierForm = 1 << 2,

    /// <summary>The document, vergader- or journal number is missing: <c>kst-28638</c>, <c>stb-2023</c>.</summary>
    NumberMissing = 1 << 3,

    /// <summary>
    /// The number has the wrong form: a Kamerstuk number that is not digits with up to three letters, an
    /// aanhangsel, bijlage or Handelingen number that is not digits.
    /// </summary>
    NumberForm = 1 << 4,

    /// <summary>More parts than the prefix allows: <c>ah-tk-20192020-3645-2</c>.</summary>
    ExtraParts = 1 << 5,

    /// <summary>The year of an official journal or agenda is not four digits: <c>stb-23-123</c>.</summary>
    YearForm = 1 << 6,

    /// <summary>The zaaknummer of Kamervragen is not a year, <c>Z</c> and five digits: <c>kv-tk-2010Z0602</c>.</summary>
    ZaakNumberForm = 1 << 7,
}
