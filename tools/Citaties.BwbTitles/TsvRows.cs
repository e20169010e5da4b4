using System;
using System.Collections.Generic;
using System.IO;

namespace Citaties.BwbTitles;

/// <summary>Reads bwb-titles.tsv: a header line <c>bwb soort citeertitel intitule</c>, then one regulation per line.</summary>
internal static class TsvRows
{
    private const string Header = "bwb\tsoort\tciteertitel\tintitule";

    internal static List<TitleRow> Read(TextReader reader)
    {
        var header = reader.ReadLine();
        if (header != Header)
        {
            throw new InvalidDataException($"Expected the header '{Header}', found '{header}'.");
        }

        var rows = new List<TitleRow>();
        var lineNumber = 1;
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            lineNumber++;
            if (line.Length == 0)
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length != 4)
            {
                throw new InvalidDataException($"Line {lineNumber} has {fields.Length} fields, not 4.");
            }

            rows.Add(new TitleRow(fields[0].Trim(), fields[1].Trim(), fields[2].Trim(), fields[3].Trim()));
        }

        return rows;
    }

    internal static List<TitleRow> Read(string path)
    {
        using var reader = new StreamReader(path, System.Text.Encoding.UTF8);
        return Read(reader);
    }
}
