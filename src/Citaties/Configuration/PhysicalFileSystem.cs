using System.IO;

namespace Citaties.Configuration;

/// <summary>The machine's own file system.</summary>
public sealed class PhysicalFileSystem : IFileSystem
{
    private PhysicalFileSystem()
    {
    }

    /// <summary>The one instance.</summary>
    public static PhysicalFileSystem Instance { get; } = new();

    /// <inheritdoc />
    public bool FileExists(string path) => File.Exists(path);

    /// <inheritdoc />
    public bool DirectoryExists(string path) => Directory.Exists(path);

    /// <inheritdoc />
    public Stream OpenRead(string path) => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
}
