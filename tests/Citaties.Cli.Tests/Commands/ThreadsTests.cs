using Citaties.Cli.Tests.Support;

namespace Citaties.Cli.Tests.Commands;

/// <summary><c>--threads N</c> scans files in parallel and still writes them in the order of the inputs.</summary>
[TestFixture]
public class ThreadsTests
{
    private static readonly string[] Texts =
    {
        "Zie artikel 6:162 BW en ECLI:NL:HR:2016:162.",
        "Kamerstukken II 2018/19, 35 000 VI, nr. 5.",
        "Geen verwijzingen hier.",
        "Stb. 2023, 123 en BWBR0001903.",
        "Verordening (EU) 2022/2065 (hierna: DSA), artikel 28 DSA.",
    };

    [TestCase("text")]
    [TestCase("json")]
    public void Output_with_several_threads_is_the_output_with_one(string format)
    {
        using var folder = new TempFolder();
        var names = new List<string>();
        for (var i = 0; i < 40; i++)
        {
            // Big files next to small ones, so that with two threads later files finish first.
            var text = string.Concat(Enumerable.Repeat(Texts[i % Texts.Length] + "\n", i % 7 == 0 ? 2000 : 1));
            folder.Write($"f{i:D2}.txt", text);
            names.Add($"f{i:D2}.txt");
        }

        var args = new[] { "extract", "--format", format }.Concat(names).Append("ontbreekt.txt").ToArray();
        var one = Tool.Run(folder.Path, args.Concat(new[] { "--threads", "1" }).ToArray());
        var two = Tool.Run(folder.Path, args.Concat(new[] { "-j", "2" }).ToArray());
        var four = Tool.Run(folder.Path, args.Concat(new[] { "--threads", "4" }).ToArray());

        Assert.That(one.ExitCode, Is.EqualTo(2), one.ToString());
        Assert.That(one.Stdout, Does.Contain("f39.txt"));
        Assert.That(one.Stderr, Does.Contain("ontbreekt.txt"));
        Assert.That(two, Is.EqualTo(one));
        Assert.That(four, Is.EqualTo(one));
    }

    [Test]
    public void Without_the_option_one_thread_is_used()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", Texts[0]);
        folder.Write("b.txt", Texts[1]);

        var plain = Tool.Run(folder.Path, "extract", "a.txt", "b.txt");
        var one = Tool.Run(folder.Path, "extract", "--threads", "1", "a.txt", "b.txt");

        Assert.That(plain.ExitCode, Is.EqualTo(0), plain.ToString());
        Assert.That(plain.Stdout.IndexOf("a.txt", StringComparison.Ordinal), Is.LessThan(plain.Stdout.IndexOf("b.txt", StringComparison.Ordinal)));
        Assert.That(one, Is.EqualTo(plain));
    }

    [Test]
    public void Standard_input_is_read_once_by_the_first_dash_with_several_threads()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", string.Concat(Enumerable.Repeat(Texts[0] + "\n", 500)));
        var args = new[] { "extract", "--format", "json", "a.txt", "-", "a.txt", "-" };

        var one = Tool.RunWithStdin(folder.Path, Texts[1], args);
        var four = Tool.RunWithStdin(folder.Path, Texts[1], args.Concat(new[] { "-j", "4" }).ToArray());

        Assert.That(one.ExitCode, Is.EqualTo(0), one.ToString());
        Assert.That(one.Stdout, Does.Contain("35000"));
        Assert.That(four, Is.EqualTo(one));
    }

    [Test]
    public void More_threads_than_the_parallel_runtime_allows_still_work()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", Texts[0]);
        folder.Write("b.txt", Texts[1]);

        var one = Tool.Run(folder.Path, "extract", "a.txt", "b.txt");
        var many = Tool.Run(folder.Path, "extract", "--threads", "100000", "a.txt", "b.txt");
        var lintOne = Tool.Run(folder.Path, "lint", "--quiet", "a.txt", "b.txt");
        var lintMany = Tool.Run(folder.Path, "lint", "--quiet", "-j", "100000", "a.txt", "b.txt");

        Assert.That(one.ExitCode, Is.EqualTo(0), one.ToString());
        Assert.That(many, Is.EqualTo(one));
        Assert.That(lintMany, Is.EqualTo(lintOne));
    }

    [Test]
    public void Help_describes_the_option()
    {
        var run = Tool.Run(Path.GetTempPath(), "extract", "--help");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        Assert.That(run.Stdout, Does.Contain("-j, --threads <N>").And.Contain("How many files to read and scan at the same time"));
    }

    [TestCase("0")]
    [TestCase("-1")]
    [TestCase("twee")]
    public void Rejects_a_thread_count_that_is_not_a_positive_number(string value)
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", Texts[0]);

        var run = Tool.Run(folder.Path, "extract", "--threads", value, "a.txt");

        Assert.That(run.ExitCode, Is.EqualTo(2), run.ToString());
        Assert.That(run.Stdout, Is.Empty);
        Assert.That(run.Stderr, Does.Contain("--threads").Or.Contain(value));
    }
}
