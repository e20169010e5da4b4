namespace Citaties.Benchmarks.Inputs;

/// <summary>A named text to measure on; its size is reported so throughput can be computed.</summary>
public sealed class BenchmarkInput
{
    public BenchmarkInput(string name, string text, bool fromCorpus)
    {
        Name = name;
        Text = text;
        FromCorpus = fromCorpus;
    }

    public string Name { get; }

    public string Text { get; }

    /// <summary>False when the corpus was absent and the text was generated.</summary>
    public bool FromCorpus { get; }

    /// <summary>Size in MB of UTF-16 text (two bytes a char), the unit of the reported throughput.</summary>
    public double Megabytes => Text.Length * 2 / 1_000_000.0;

    public override string ToString() => Name;
}
