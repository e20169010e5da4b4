using System.Collections;
using System.Reflection;
using System.Text;
using Citaties.Kinds;
using Citaties.Scanning;

namespace Citaties.Tests.Scanning.FastPaths;

/// <summary>
/// Runs a family's fast path and its grammar side by side on every window the extractor would give the family in a
/// text (each plausible anchor, in the family's window and in the grown one), and records where the fast path
/// recognises something the grammar reads differently.
/// </summary>
internal sealed class FastPathAgreement
{
    private const int DisagreementsKept = 20;
    private const int GrowthFactor = 4;

    private readonly CitationFamily family;
    private readonly FastPath fastPath;
    private readonly AnchorScanner scanner;

    public FastPathAgreement(CitationFamily family)
    {
        this.family = family;
        fastPath = family.FastPath ?? throw new ArgumentException($"Family {family.Name} has no fast path.", nameof(family));
        scanner = new AnchorScanner(new[] { family });
    }

    /// <summary>Windows the family's grammar would be given.</summary>
    public int Windows { get; private set; }

    /// <summary>Windows the grammar accepts.</summary>
    public int Parsed { get; private set; }

    /// <summary>Windows the fast path recognised (the grammar was not needed).</summary>
    public int Recognised { get; private set; }

    /// <summary>The first few windows where the two disagree, described.</summary>
    public List<string> Disagreements { get; } = new();

    /// <summary>How many windows disagreed.</summary>
    public int DisagreementCount { get; private set; }

    /// <summary>Share of the grammar's matches that the fast path recognised.</summary>
    public double RecognisedShare => Parsed == 0 ? 1 : (double)Recognised / Parsed;

    public void Check(string name, string text)
    {
        var span = text.AsSpan();
        var position = 0;
        while ((position = scanner.NextCandidate(span, position)) >= 0)
        {
            var wordStart = AnchorScanner.IsWordStart(span, position);
            foreach (var anchor in scanner.AnchorsAt(span, position))
            {
                var length = anchor.LengthAt(span, position);
                if (length < 0 || (family.AnchorNeedsWordStart && !wordStart) || !family.IsPlausible(span, position, length))
                {
                    continue;
                }

                Compare(name, Window.Create(span, position, family.MaxLength).Text);
                Compare(name, Window.Create(span, position, family.MaxLength * GrowthFactor).Text);
                break;
            }

            position++;
        }
    }

    /// <summary>Compares the fast path and the grammar on one window.</summary>
    public void Compare(string name, string window)
    {
        Windows++;
        var grammar = family.Parser(WindowInput.Start(window));
        var grammarEnd = CitationExtractor.Consumed(grammar, window);
        if (grammarEnd > 0)
        {
            Parsed++;
        }

        if (!fastPath(window, out var citations, out var end))
        {
            return;
        }

        Recognised++;
        var fastEnd = CitationExtractor.Trimmed(end, window);
        var expected = grammarEnd == 0 ? "no match" : $"{grammarEnd}: {Describe(grammar.Value)}";
        var actual = fastEnd == 0 ? "no match" : $"{fastEnd}: {Describe(citations)}";
        if (expected != actual)
        {
            DisagreementCount++;
            if (Disagreements.Count < DisagreementsKept)
            {
                Disagreements.Add($"{name}: '{window}'\n    grammar:   {expected}\n    fast path: {actual}");
            }
        }
    }

    public override string ToString() =>
        $"{family.Name}: {Windows} windows, grammar parsed {Parsed}, fast path recognised {Recognised} ({RecognisedShare:P1}), {DisagreementCount} disagreements";

    /// <summary>
    /// Every public property of a record, recursively, sequences item by item: records holding arrays do not
    /// compare equal by value, so equality is taken on this description.
    /// </summary>
    public static string Describe(object? value)
    {
        var builder = new StringBuilder();
        Describe(value, builder, 0);
        return builder.ToString();
    }

    private static void Describe(object? value, StringBuilder builder, int depth)
    {
        switch (value)
        {
            case null:
                builder.Append("null");
                return;
            case string s:
                builder.Append('"').Append(s).Append('"');
                return;
            case IEnumerable sequence:
                builder.Append('[');
                foreach (var item in sequence)
                {
                    Describe(item, builder, depth + 1);
                    builder.Append(", ");
                }

                builder.Append(']');
                return;
        }

        var type = value.GetType();
        if (type.IsPrimitive || type.IsEnum || depth > 6 || type.Namespace?.StartsWith("Citaties", StringComparison.Ordinal) != true)
        {
            builder.Append(value);
            return;
        }

        builder.Append(type.Name).Append(" {");
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            if (property.GetIndexParameters().Length > 0)
            {
                continue;
            }

            builder.Append(' ').Append(property.Name).Append('=');
            Describe(property.GetValue(value), builder, depth + 1);
        }

        builder.Append(" }");
    }
}
