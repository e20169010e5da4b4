using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Citaties.Model;

namespace Citaties.Kinds;

/// <summary>
/// Turns the loosely parsed parts of an ECLI into an <see cref="EcliCitation"/>: decides which part is which
/// (citation-rules.md 8.1), records the defects of section 8.4 and builds the repaired value where the text
/// alone allows it.
/// </summary>
internal static class EcliAnalysis
{
    private const int MinYear = 1800;
    private const int MaxYear = 2099;
    private const int MaxOrdinalLength = 25;

    private const EcliDefect Repairable =
        EcliDefect.MisspelledPrefix | EcliDefect.SeparatorTypo | EcliDefect.MissingSeparator | EcliDefect.SpaceInside
        | EcliDefect.MissingCountry | EcliDefect.LjnInside | EcliDefect.LeadingZero;

    /// <summary>
    /// Country parts that are taken as a country when the court seems to be missing (<c>ECLI:NL:2017:309</c>):
    /// the ECLI countries, without <c>HR</c> (Croatia), because in Dutch text <c>ECLI:HR:2016:113</c> is the
    /// Hoge Raad with <c>NL</c> left out (section 8.4).
    /// </summary>
    private static readonly HashSet<string> Countries = new(StringComparer.Ordinal)
    {
        "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "EL", "ES", "FI", "FR", "HU", "IE", "IT", "LT", "LU", "LV",
        "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK", "UK", "EU", "CE",
    };

    /// <summary>Countries whose code may be run together with the court (<c>NLRVS</c>).</summary>
    private static readonly string[] GluedCountries = { "NL", "EU", "CE" };

    /// <summary>Builds the citation; <paramref name="prefix"/> is null for the CJEU form without <c>ECLI:</c>.</summary>
    public static EcliCitation Analyse(string? prefix, IReadOnlyList<EcliPart> written, bool trailingColon)
    {
        var defects = EcliDefect.None;
        if (prefix is not null && !prefix.Equals("ECLI", StringComparison.OrdinalIgnoreCase))
        {
            defects |= EcliDefect.MisspelledPrefix;
        }

        if (written.Any(p => p.Separator.Length > 0 && p.Separator.Trim(' ') != ":"))
        {
            defects |= EcliDefect.SeparatorTypo;
        }

        // A space standing for the colon (ECLI NL:...) is the separator typo alone; beside a colon it is a space inside.
        if (written.Any(p => p.Separator.Trim(' ').Length > 0 && p.Separator.IndexOf(' ') >= 0))
        {
            defects |= EcliDefect.SpaceInside;
        }

        var parts = written.Select(p => p.Text.ToUpperInvariant()).ToList();
        if (parts.Count == 5)
        {
            defects |= EcliDefect.LjnInside;
            parts.RemoveAt(3);
        }

        var slots = Assign(parts, trailingColon, ref defects);
        var ordinalAsWritten = slots.Ordinal;
        CheckShapes(ref slots, ref defects);

        var writtenUpper = Written(prefix, written, trailingColon);
        string? repaired = null;
        var unrepairable = defects & ~Repairable;
        if (slots.Country == "CE" && slots.Court == "ECHR")
        {
            unrepairable &= ~EcliDefect.MissingCourt;
        }

        if (defects != EcliDefect.None && unrepairable == EcliDefect.None)
        {
            repaired = Join(slots);
        }

        var value = defects == EcliDefect.None ? Join(slots) : repaired ?? writtenUpper;
        return new EcliCitation
        {
            Value = value,
            Country = slots.Country,
            Court = slots.Court,
            Year = slots.Year is { Length: 4 } y && y.All(IsDigit) ? int.Parse(y, System.Globalization.CultureInfo.InvariantCulture) : null,
            Ordinal = slots.Ordinal,
            OrdinalAsWritten = ordinalAsWritten,
            HasPrefix = prefix is not null,
            Defects = defects,
            Repaired = repaired,
        };
    }

    /// <summary>Decides which written part is the country, court, year and ordinal.</summary>
    private static Slots Assign(List<string> parts, bool trailingColon, ref EcliDefect defects)
    {
        switch (parts.Count)
        {
            case 4:
                if (!Countries.Contains(parts[0]) && Countries.Contains(parts[1]))
                {
                    defects |= EcliDefect.SwappedParts;
                }

                return new Slots(parts[0], parts[1], parts[2], parts[3]);

            case 3:
                return AssignThree(parts, trailingColon, ref defects);

            case 2:
                defects |= EcliDefect.MissingYear | EcliDefect.MissingOrdinal;
                return new Slots(parts[0], parts[1], null, null);

            default:
                defects |= EcliDefect.MissingCourt | EcliDefect.MissingYear | EcliDefect.MissingOrdinal;
                return new Slots(parts[0], null, null, null);
        }
    }

    // Three parts: one is missing, or two are run together.
    private static Slots AssignThree(List<string> parts, bool trailingColon, ref EcliDefect defects)
    {
        var (first, second, third) = (parts[0], parts[1], parts[2]);
        if (IsYearShape(second))
        {
            if (Countries.Contains(first))
            {
                // ECLI:NL:2017:309; for the ECtHR the court is known: ECLI:CE:2006:... is ECLI:CE:ECHR:2006:...
                defects |= EcliDefect.MissingCourt;
                return new Slots(first, first == "CE" ? "ECHR" : null, second, third);
            }

            var glued = GluedCountries.FirstOrDefault(c => first.Length > c.Length && first.StartsWith(c, StringComparison.Ordinal));
            if (glued is not null && IsCourtShape(first.Substring(glued.Length)))
            {
                defects |= EcliDefect.MissingSeparator;
                return new Slots(glued, first.Substring(glued.Length), second, third);
            }

            defects |= EcliDefect.MissingCountry;
            return new Slots("NL", first, second, third);
        }

        if (second.Length > 4 && IsYearShape(second.Substring(second.Length - 4)) && IsCourtShape(second.Substring(0, second.Length - 4)))
        {
            // ECLI:NL:HR2018:1433
            defects |= EcliDefect.MissingSeparator;
            return new Slots(first, second.Substring(0, second.Length - 4), second.Substring(second.Length - 4), third);
        }

        if (trailingColon || IsYearShape(third))
        {
            // ECLI:NL:HR:2017: and ECLI:NL:HR:2201 stop after what stands where the year goes.
            defects |= EcliDefect.MissingOrdinal;
            return new Slots(first, second, third, null);
        }

        // ECLI:NL:HR:BD2578
        defects |= EcliDefect.MissingYear;
        return new Slots(first, second, null, third);
    }

    /// <summary>Checks each part against the syntax of section 8.1 and the Dutch ordinal rule of 8.2.</summary>
    private static void CheckShapes(ref Slots slots, ref EcliDefect defects)
    {
        if (slots.Country is { } country && !(country.Length == 2 && country.All(IsLetter)))
        {
            defects |= (defects & EcliDefect.SwappedParts) != 0 ? EcliDefect.None : EcliDefect.MalformedPart;
        }

        if (slots.Court is { } court && !IsCourtShape(court))
        {
            defects |= EcliDefect.MalformedPart;
        }

        if (slots.Year is { } year)
        {
            if (!IsYearShape(year))
            {
                defects |= EcliDefect.MalformedPart;
            }
            else if (int.Parse(year, System.Globalization.CultureInfo.InvariantCulture) is < MinYear or > MaxYear)
            {
                defects |= EcliDefect.ImpossibleYear;
            }
        }

        if (slots.Ordinal is { } ordinal)
        {
            if (ordinal.Length > MaxOrdinalLength)
            {
                defects |= EcliDefect.MalformedPart;
            }
            else if (slots.Country == "EU" && !ordinal.All(IsDigit))
            {
                // The EU courts number their decisions (EU:C:2005:446); ECLI:EU:C:1990:xy1234 cannot exist.
                defects |= EcliDefect.MalformedPart;
            }
            else if (slots.Country == "NL" && ordinal.Length > 1 && ordinal[0] == '0' && ordinal.All(IsDigit))
            {
                var trimmed = ordinal.TrimStart('0');
                if (trimmed.Length == 0)
                {
                    defects |= EcliDefect.MalformedPart;
                }
                else
                {
                    defects |= EcliDefect.LeadingZero;
                    slots = slots with { Ordinal = trimmed };
                }
            }
            else if (ordinal == "0" && slots.Country == "NL")
            {
                defects |= EcliDefect.MalformedPart;
            }
        }
    }

    private static string Join(Slots slots) =>
        "ECLI:" + slots.Country + ":" + slots.Court + ":" + slots.Year + ":" + slots.Ordinal;

    private static string Written(string? prefix, IReadOnlyList<EcliPart> parts, bool trailingColon)
    {
        var text = new StringBuilder(prefix ?? string.Empty);
        foreach (var part in parts)
        {
            text.Append(part.Separator).Append(part.Text);
        }

        if (trailingColon)
        {
            text.Append(':');
        }

        return text.ToString().ToUpperInvariant();
    }

    private static bool IsYearShape(string s) => s.Length == 4 && s.All(IsDigit);

    private static bool IsCourtShape(string s) =>
        s.Length is >= 1 and <= 7 && IsLetter(s[0]) && s.All(c => IsLetter(c) || IsDigit(c));

    private static bool IsLetter(char c) => c is >= 'A' and <= 'Z' or >= 'a' and <= 'z';

    private static bool IsDigit(char c) => c is >= '0' and <= '9';

    private readonly record struct Slots(string? Country, string? Court, string? Year, string? Ordinal);
}
