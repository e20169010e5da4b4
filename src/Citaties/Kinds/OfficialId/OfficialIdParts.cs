using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Citaties.Model;

namespace Citaties.Kinds;

/// <summary>
/// Reads the dash-separated parts of an officielebekendmakingen id according to its prefix
/// (citation-rules.md 10.3) and decides whether they have the required form.
/// </summary>
internal static class OfficialIdParts
{
    /// <summary>The first vergaderjaar whose Handelingen ids carry an item number instead of pages.</summary>
    private const int FirstYearWithItems = 2010;

    public static OfficialIdCitation Read(string prefix, IReadOnlyList<string> segments)
    {
        var id = new OfficialIdCitation
        {
            Prefix = prefix,
            Segments = segments,
            Value = prefix + "-" + string.Join("-", segments),
        };

        return prefix switch
        {
            "kst" => Kamerstuk(id, segments),
            "h-tk" or "h-ek" or "h-vv" => Handelingen(id, segments),
            "ah-tk" or "ah-ek" or "ah-vv" => Aanhangsel(id, segments),
            "kv-tk" or "kv-ek" => Kamervragen(id, segments),
            "blg" => id with
            {
                Number = segments[0],
                Defects = When(!IsDigits(segments[0]), OfficialIdDefect.NumberForm)
                    | When(segments.Count > 1, OfficialIdDefect.ExtraParts),
            },
            "ag-tk" or "ag-ek" or "ag-vv" => id with
            {
                Year = Year(segments[0]),
                Defects = When(Year(segments[0]) is null, OfficialIdDefect.YearForm)
                    | When(segments.Count < 2, OfficialIdDefect.NumberMissing),
            },
            _ => Journal(id, segments),
        };
    }

    // kst-<dossier>[-<suffix>]-<nr>[-<appendix>], or the old kst-<vergaderjaar>-<dossier>-<nr>.
    private static OfficialIdCitation Kamerstuk(OfficialIdCitation id, IReadOnlyList<string> segments)
    {
        var parts = segments.ToList();
        string? appendix = null;
        if (parts.Count >= 3 && IsAppendix(parts[parts.Count - 1]))
        {
            appendix = parts[parts.Count - 1];
            parts.RemoveAt(parts.Count - 1);
        }

        SessionYear? sessionYear = null;
        var defects = OfficialIdDefect.None;
        if (parts.Count >= 3 && parts[0].Length == 8 && IsDigits(parts[0]))
        {
            sessionYear = ReadSessionYear(parts[0]);
            if (sessionYear is not { IsConsecutive: true })
            {
                defects |= OfficialIdDefect.SessionYearNotConsecutive;
                sessionYear = null;
            }

            parts.RemoveAt(0);
        }

        var dossier = parts[0];
        var number = parts.Count >= 2 ? parts[parts.Count - 1] : null;
        var suffix = parts.Count >= 3 ? string.Join("-", parts.Skip(1).Take(parts.Count - 2)) : null;
        defects |= When(!IsDigits(dossier) || dossier.Length > 6, OfficialIdDefect.DossierForm)
            | When(number is null, OfficialIdDefect.NumberMissing)
            | When(number is not null && !IsDocumentNumber(number), OfficialIdDefect.NumberForm)
            | When(parts.Count > 3, OfficialIdDefect.ExtraParts);
        return id with
        {
            Dossier = dossier,
            Suffix = suffix,
            Number = number,
            Appendix = appendix,
            SessionYear = sessionYear,
            Defects = defects,
        };
    }

    // h-tk-<vergaderjaar>-<vergadernr>-<item> from 2010/11; older: -<pagina>-<pagina>, or -<vergadernr>-<pagina>-<pagina>.
    private static OfficialIdCitation Handelingen(OfficialIdCitation id, IReadOnlyList<string> segments)
    {
        var sessionYear = ReadSessionYear(segments[0]);
        var rest = segments.Skip(1).ToList();
        var defects = SessionYearDefects(sessionYear)
            | When(rest.Count == 0, OfficialIdDefect.NumberMissing)
            | When(!rest.All(IsDigits), OfficialIdDefect.NumberForm)
            | When(rest.Count > 3, OfficialIdDefect.ExtraParts);
        if (sessionYear is null || rest.Count == 0)
        {
            return id with { SessionYear = sessionYear, Defects = defects };
        }

        if (sessionYear.Value.FirstYear >= FirstYearWithItems || rest.Count == 1)
        {
            return id with
            {
                SessionYear = sessionYear,
                Meeting = rest[0],
                Item = rest.Count >= 2 ? rest[1] : null,
                Defects = defects | When(rest.Count > 2, OfficialIdDefect.ExtraParts),
            };
        }

        return rest.Count == 2
            ? id with { SessionYear = sessionYear, Pages = rest[0] + "-" + rest[1], Defects = defects }
            : id with { SessionYear = sessionYear, Meeting = rest[0], Pages = string.Join("-", rest.Skip(1)), Defects = defects };
    }

    // ah-tk-<vergaderjaar>-<nr>
    private static OfficialIdCitation Aanhangsel(OfficialIdCitation id, IReadOnlyList<string> segments)
    {
        var sessionYear = ReadSessionYear(segments[0]);
        var number = segments.Count >= 2 ? segments[1] : null;
        return id with
        {
            SessionYear = sessionYear,
            Number = number,
            Defects = SessionYearDefects(sessionYear)
                | When(number is null, OfficialIdDefect.NumberMissing)
                | When(number is not null && !IsDigits(number), OfficialIdDefect.NumberForm)
                | When(segments.Count > 2, OfficialIdDefect.ExtraParts),
        };
    }

    // kv-tk-<zaaknummer>, a zaaknummer being year, Z and five digits: 2010Z06025.
    private static OfficialIdCitation Kamervragen(OfficialIdCitation id, IReadOnlyList<string> segments)
    {
        var zaak = segments[0];
        var zaakOk = zaak.Length == 10
            && IsDigits(zaak.Substring(0, 4))
            && zaak[4] is 'Z' or 'z'
            && IsDigits(zaak.Substring(5));
        return id with
        {
            Number = zaak,
            Defects = When(!zaakOk, OfficialIdDefect.ZaakNumberForm) | When(segments.Count > 1, OfficialIdDefect.ExtraParts),
        };
    }

    // <journal>-<year>-<nr>, with historic extras (stb-1995-123-n1, trb-2009-mei-v1) kept as a suffix.
    private static OfficialIdCitation Journal(OfficialIdCitation id, IReadOnlyList<string> segments)
    {
        var year = Year(segments[0]);
        var number = segments.Count >= 2 ? segments[1] : null;
        var suffix = segments.Count >= 3 ? string.Join("-", segments.Skip(2)) : null;
        return id with
        {
            Year = year,
            Number = number,
            Suffix = suffix,
            Defects = When(year is null, OfficialIdDefect.YearForm)
                | When(number is null, OfficialIdDefect.NumberMissing)
                | When(segments.Count > 4, OfficialIdDefect.ExtraParts),
        };
    }

    // A vergaderjaar part is eight digits holding two consecutive years (20192020).
    private static OfficialIdDefect SessionYearDefects(SessionYear? sessionYear) =>
        sessionYear is null
            ? OfficialIdDefect.SessionYearDigits
            : When(!sessionYear.Value.IsConsecutive, OfficialIdDefect.SessionYearNotConsecutive);

    private static OfficialIdDefect When(bool condition, OfficialIdDefect defect) =>
        condition ? defect : OfficialIdDefect.None;

    private static SessionYear? ReadSessionYear(string digits) =>
        digits.Length == 8 && IsDigits(digits)
            ? new SessionYear(ToInt(digits.Substring(0, 4)), ToInt(digits.Substring(4)))
            : null;

    private static int? Year(string digits) => digits.Length == 4 && IsDigits(digits) ? ToInt(digits) : null;

    // 178, 215a, 188b; or an Eerste Kamer letter: C, AB.
    private static bool IsDocumentNumber(string number)
    {
        var digits = 0;
        while (digits < number.Length && char.IsDigit(number[digits]))
        {
            digits++;
        }

        var letters = number.Length - digits;
        return letters <= 3 && number.Skip(digits).All(char.IsLetter) && number.Length > 0;
    }

    private static bool IsAppendix(string segment) =>
        segment.Length >= 2 && segment[0] is 'b' or 'h' or 'n' && IsDigits(segment.Substring(1));

    private static bool IsDigits(string text) => text.Length > 0 && text.All(c => c is >= '0' and <= '9');

    private static int ToInt(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
}
