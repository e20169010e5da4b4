using System.Text.RegularExpressions;

namespace Citaties.Tests.Architecture;

/// <summary>
/// The folders of the library depend one way (docs/architecture.md): no folder uses a type of another folder that
/// uses one of its own, at any distance. Read from the sources, since namespaces do not follow every folder.
/// </summary>
[TestFixture]
public class FolderDependencyTests
{
    private static readonly Regex Declaration = new(@"\b(?:class|record|struct|enum|interface)\s+(\w+)", RegexOptions.Compiled);
    private static readonly Regex TypeName = new(@"\b[A-Z]\w+\b", RegexOptions.Compiled);
    private static readonly Regex LineComment = new(@"//.*", RegexOptions.Compiled);

    [Test]
    public void No_folder_of_the_library_depends_on_itself_through_others()
    {
        var graph = Dependencies(Path.Combine(RepositoryRoot(), "src", "Citaties"));

        foreach (var start in graph.Keys)
        {
            var cycle = PathBack(graph, start);
            Assert.That(cycle, Is.Null, $"{start} depends on itself: {string.Join(" -> ", cycle ?? new List<string>())}");
        }

        Assert.That(graph["Model"], Is.Empty, "Model depends on nothing");
        Assert.That(graph["Kinds"], Is.SubsetOf(new[] { "Model", "Catalog" }));
    }

    private static Dictionary<string, HashSet<string>> Dependencies(string library)
    {
        var files = Directory.GetFiles(library, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"))
            .ToDictionary(f => f, f => LineComment.Replace(File.ReadAllText(f), string.Empty));
        string FolderOf(string file)
        {
            var relative = Path.GetRelativePath(library, file).Split(Path.DirectorySeparatorChar);
            return relative.Length > 1 ? relative[0] : "(root)";
        }

        // A type name declared in one folder only is that folder's; names declared in several say nothing.
        var owner = files
            .SelectMany(f => Declaration.Matches(f.Value).Select(m => (Type: m.Groups[1].Value, Folder: FolderOf(f.Key))))
            .GroupBy(d => d.Type)
            .Where(g => g.Select(d => d.Folder).Distinct().Count() == 1)
            .ToDictionary(g => g.Key, g => g.First().Folder);
        var graph = files.Keys.Select(FolderOf).Distinct().ToDictionary(f => f, _ => new HashSet<string>());
        foreach (var (file, text) in files)
        {
            var folder = FolderOf(file);
            foreach (Match word in TypeName.Matches(text))
            {
                if (owner.TryGetValue(word.Value, out var other) && other != folder)
                {
                    graph[folder].Add(other);
                }
            }
        }

        return graph;
    }

    private static List<string>? PathBack(Dictionary<string, HashSet<string>> graph, string start)
    {
        var queue = new Queue<List<string>>(graph[start].Select(next => new List<string> { start, next }));
        var seen = new HashSet<string>();
        while (queue.Count > 0)
        {
            var path = queue.Dequeue();
            var last = path[^1];
            if (last == start)
            {
                return path;
            }

            if (seen.Add(last))
            {
                foreach (var next in graph[last])
                {
                    queue.Enqueue(new List<string>(path) { next });
                }
            }
        }

        return null;
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Citaties.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (Citaties.sln) is not above the test folder.");
    }
}
