using System.Text;
using Citaties.Configuration;

namespace Citaties.Tests.Documents;

/// <summary>An in-memory <see cref="IFileSystem"/> over full paths with forward slashes, recording what was opened.</summary>
internal sealed class MemoryFiles : IFileSystem
{
    private readonly Dictionary<string, string> files;

    public MemoryFiles(Dictionary<string, string> files) => this.files = files;

    public List<string> Opened { get; } = new();

    public bool FileExists(string path) => files.ContainsKey(path);

    public bool DirectoryExists(string path) => files.Keys.Any(f => f.StartsWith(path.TrimEnd('/') + "/", StringComparison.Ordinal));

    public Stream OpenRead(string path)
    {
        Opened.Add(path);
        return files.TryGetValue(path, out var text) ? new MemoryStream(Encoding.UTF8.GetBytes(text)) : throw new FileNotFoundException(path);
    }
}
