using Citaties.Cli.Tests.Support;

namespace Citaties.Cli.Tests.Lint;

/// <summary>
/// <c>lint --threads N</c> lints files in parallel; what it writes, in which order, and its exit code are those
/// of one thread.
/// </summary>
[TestFixture]
public class LintThreadsTests
{
    // Under the profile regeling: an error, warnings, infos and nothing, so every --fail-on level tells them apart.
    private const string Error = "Zie BWBR001903 en BWBR0001903.";
    private const string Warnings = "Zie artikel 6:162 BW en art. 3 lid 1 Awb.";
    private const string Infos = "Kamerstukken II 2018/19, 35 000 VI, nr. 5.\nKamerstukken II 2018/2019, 35000-VI, nr 5.";
    private const string Clean = "Geen verwijzingen hier.";

    private static readonly string[] Texts = { Error, Warnings, Infos, Clean };

    [TestCase("text")]
    [TestCase("json")]
    [TestCase("sarif")]
    public void Output_with_several_threads_is_the_output_with_one(string format)
    {
        using var folder = new TempFolder();
        var names = WriteMixedInputs(folder, Texts);
        var args = new[] { "lint", "--quiet", "--profile", "regeling", "--format", format }.Concat(names).ToArray();

        var one = Tool.Run(folder.Path, args.Concat(new[] { "--threads", "1" }).ToArray());
        var two = Tool.Run(folder.Path, args.Concat(new[] { "-j", "2" }).ToArray());
        var four = Tool.Run(folder.Path, args.Concat(new[] { "--threads", "4" }).ToArray());

        Assert.That(one.ExitCode, Is.EqualTo(1), one.ToString());
        Assert.That(one.Stdout, Does.Contain("f29.txt").And.Contain("w4.docx").And.Contain("CIT6001").And.Contain("CIT2008"));
        Assert.That(two, Is.EqualTo(one));
        Assert.That(four, Is.EqualTo(one));
    }

    [TestCase("text")]
    [TestCase("json")]
    [TestCase("sarif")]
    public void Inputs_that_cannot_be_read_are_reported_in_their_place_with_several_threads(string format)
    {
        using var folder = new TempFolder();
        var names = WriteMixedInputs(folder, Texts);
        folder.WriteBytes("kapot.docx", new byte[] { 0x50, 0x4B, 0x03, 0x04, 1, 2, 3 });
        folder.WriteBytes("binair.txt", new byte[] { 0x42, 0x00, 0x57, 0x00 });
        var args = new[] { "lint", "--quiet", "--profile", "regeling", "--format", format, "kapot.docx" }
            .Concat(names.Take(10)).Append("ontbreekt.txt").Concat(names.Skip(10)).Append("binair.txt").ToArray();

        var one = Tool.Run(folder.Path, args);
        var three = Tool.Run(folder.Path, args.Concat(new[] { "-j", "3" }).ToArray());

        Assert.That(one.ExitCode, Is.EqualTo(2), one.ToString());
        var problems = one.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(problems, Has.Length.EqualTo(3), one.ToString());
        Assert.That(problems[0], Does.StartWith("citaties: kapot.docx: "));
        Assert.That(problems[1], Does.StartWith("citaties: ontbreekt.txt: "));
        Assert.That(problems[2], Does.StartWith("citaties: binair.txt: "));
        Assert.That(three, Is.EqualTo(one));
    }

    [TestCase("error", true, 1)]
    [TestCase("warning", true, 1)]
    [TestCase("info", true, 1)]
    [TestCase("none", true, 0)]
    [TestCase("error", false, 0)]
    [TestCase("warning", false, 1)]
    [TestCase("info", false, 1)]
    [TestCase("none", false, 0)]
    public void Fail_on_gives_the_exit_code_of_one_thread(string failOn, bool withError, int expected)
    {
        using var folder = new TempFolder();
        // The findings that decide the exit code sit in a few files among many, in any position.
        var texts = withError ? Texts : new[] { Warnings, Infos, Clean };
        var names = WriteMixedInputs(folder, texts);
        var args = new[] { "lint", "--quiet", "--profile", "regeling", "--fail-on", failOn }.Concat(names).ToArray();

        var one = Tool.Run(folder.Path, args);
        var two = Tool.Run(folder.Path, args.Concat(new[] { "--threads", "2" }).ToArray());

        Assert.That(one.ExitCode, Is.EqualTo(expected), one.ToString());
        Assert.That(two, Is.EqualTo(one));
    }

    [Test]
    public void Only_infos_fail_only_at_info_with_several_threads()
    {
        using var folder = new TempFolder();
        var names = WriteMixedInputs(folder, new[] { Infos, Clean });

        foreach (var (failOn, expected) in new[] { ("error", 0), ("warning", 0), ("info", 1), ("none", 0) })
        {
            var run = Tool.Run(folder.Path, new[] { "lint", "--quiet", "-p", "regeling", "-j", "3", "--fail-on", failOn }.Concat(names).ToArray());
            Assert.That(run.ExitCode, Is.EqualTo(expected), $"--fail-on {failOn}\n{run}");
        }
    }

    [Test]
    public void A_bad_configuration_is_reported_once_in_its_place_with_several_threads()
    {
        using var folder = new TempFolder();
        folder.Write("a/x.txt", Error);
        folder.Write("b/citaties.json", "{ \"profile\": \"wetboek\" }");
        for (var i = 0; i < 6; i++)
        {
            folder.Write($"b/y{i}.txt", Error);
        }

        folder.Write("c/z.txt", Error);
        var args = new[] { "lint", "--quiet", "--format", "json", "a", "b", "c" };

        var one = Tool.Run(folder.Path, args);
        var four = Tool.Run(folder.Path, args.Concat(new[] { "-j", "4" }).ToArray());

        Assert.That(one.ExitCode, Is.EqualTo(2), one.ToString());
        Assert.That(one.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries), Has.Length.EqualTo(1), one.ToString());
        using var json = one.Json();
        Assert.That(LintJson.Paths(json), Is.EqualTo(new[] { "a/x.txt", "c/z.txt" }));
        Assert.That(four, Is.EqualTo(one));
    }

    [Test]
    public void Standard_input_is_read_once_by_the_first_dash_with_several_threads()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", Warnings);
        folder.Write("b.txt", string.Concat(Enumerable.Repeat(Error + "\n", 500)));
        var args = new[] { "lint", "--quiet", "-p", "regeling", "b.txt", "-", "a.txt", "-" };

        var one = Tool.RunWithStdin(folder.Path, Error, args);
        var four = Tool.RunWithStdin(folder.Path, Error, args.Concat(new[] { "-j", "4" }).ToArray());

        Assert.That(one.ExitCode, Is.EqualTo(1), one.ToString());
        Assert.That(one.Stdout.Split('\n').Count(l => l.StartsWith("-:", StringComparison.Ordinal)), Is.EqualTo(1), one.ToString());
        Assert.That(four, Is.EqualTo(one));
    }

    [Test]
    public void Annotates_a_docx_with_several_threads()
    {
        using var folder = new TempFolder();
        WordFiles.Write(Path.Combine(folder.Path, "ontwerp.docx"), "Zie BWBR001903 en BWBR00019030.");

        var run = Tool.Run(folder.Path, "lint", "ontwerp.docx", "--annotate", "met-opmerkingen.docx", "-j", "2");

        Assert.That(run.ExitCode, Is.EqualTo(1), run.ToString());
        Assert.That(run.Stderr, Does.Contain("wrote met-opmerkingen.docx with 2 comment(s)"));
        Assert.That(WordFiles.Comments(Path.Combine(folder.Path, "met-opmerkingen.docx")), Has.Length.EqualTo(2));
    }

    [Test]
    public void Without_the_option_the_output_is_that_of_one_thread()
    {
        using var folder = new TempFolder();
        var names = WriteMixedInputs(folder, Texts);

        var plain = Tool.Run(folder.Path, new[] { "lint", "--quiet", "-p", "regeling" }.Concat(names).ToArray());
        var one = Tool.Run(folder.Path, new[] { "lint", "--quiet", "-p", "regeling", "-j", "1" }.Concat(names).ToArray());

        Assert.That(plain.ExitCode, Is.EqualTo(1), plain.ToString());
        Assert.That(one, Is.EqualTo(plain));
    }

    [TestCase("0")]
    [TestCase("-1")]
    public void Rejects_a_thread_count_below_one(string value)
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", Error);

        var run = Tool.Run(folder.Path, "lint", "--threads", value, "a.txt");

        Assert.That(run.ExitCode, Is.EqualTo(2), run.ToString());
        Assert.That(run.Stdout, Is.Empty);
        Assert.That(run.Stderr, Does.Contain("--threads must be at least 1."));
    }

    [Test]
    public void Rejects_a_thread_count_that_is_not_a_number()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", Error);

        var run = Tool.Run(folder.Path, "lint", "-j", "twee", "a.txt");

        Assert.That(run.ExitCode, Is.EqualTo(2), run.ToString());
        Assert.That(run.Stdout, Is.Empty);
        Assert.That(run.Stderr, Does.Contain("twee"));
    }

    [Test]
    public void Help_describes_the_option()
    {
        using var folder = new TempFolder();

        var run = Tool.Run(folder.Path, "lint", "--help");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        Assert.That(run.Stdout, Does.Contain("-j, --threads <N>").And.Contain("How many files to read and lint at the same time"));
    }

    // Thirty text files and five Word documents, big ones next to small ones so that with several threads later
    // files finish first; the texts go round so that each kind of finding turns up in several places.
    private static List<string> WriteMixedInputs(TempFolder folder, string[] texts)
    {
        var names = new List<string>();
        for (var i = 0; i < 30; i++)
        {
            var text = string.Concat(Enumerable.Repeat(texts[i % texts.Length] + "\n", i % 7 == 0 ? 400 : 1));
            folder.Write($"f{i:D2}.txt", text);
            names.Add($"f{i:D2}.txt");
            if (i % 6 == 3)
            {
                var name = $"w{i / 6}.docx";
                var paragraphs = Enumerable.Repeat(texts[(i + 1) % texts.Length].Replace('\n', ' '), i == 3 ? 300 : 1).ToArray();
                WordFiles.Write(Path.Combine(folder.Path, name), paragraphs);
                names.Add(name);
            }
        }

        return names;
    }
}
