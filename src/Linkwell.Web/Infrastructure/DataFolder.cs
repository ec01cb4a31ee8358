namespace Linkwell.Web.Infrastructure;

/// <summary>
/// Where Linkwell keeps its files: the SQLite database, data-protection keys, e-mail written to a folder.
/// Configured by <c>Data:Folder</c>; defaults to ./data beside the working directory.
/// </summary>
public sealed class DataFolder(string root)
{
    public string Root { get; } = Path.GetFullPath(root);

    public string Resolve(string path) => Path.IsPathRooted(path) ? path : Path.Combine(Root, path);
}
