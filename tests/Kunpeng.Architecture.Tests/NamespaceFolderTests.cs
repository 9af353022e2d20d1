using System.Text.RegularExpressions;

namespace Kunpeng.Architecture.Tests;

/// <summary>A file's namespace is its project's name followed by the folders it sits in, so a type is found where its name says.</summary>
public sealed partial class NamespaceFolderTests
{
    [Theory]
    [InlineData("abstractions")]
    [InlineData("host")]
    [InlineData("plugins")]
    [InlineData("tests")]
    [InlineData("benchmarks")]
    public void Every_namespace_matches_its_folder(string top)
    {
        var mismatches = new List<string>();
        foreach (var file in RepositoryRoot.SourcesUnder(top))
        {
            var declared = DeclaredNamespace().Match(File.ReadAllText(Path.Combine(RepositoryRoot.Path, file)));
            if (!declared.Success)
            {
                continue;
            }

            var expected = ExpectedNamespace(file);
            if (expected is not null && declared.Groups[1].Value != expected && !TransitionalNamespaceFiles.Paths.Contains(file))
            {
                mismatches.Add($"{file}: namespace {declared.Groups[1].Value}, expected {expected}");
            }
        }

        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));
        var gone = TransitionalNamespaceFiles.Paths.Where(path => path.StartsWith(top + "/", StringComparison.Ordinal) && !File.Exists(Path.Combine(RepositoryRoot.Path, path))).ToList();
        Assert.True(gone.Count == 0, $"Deleted; take them off the transitional list: {string.Join(", ", gone)}");
    }

    /// <summary>The project's name (its .csproj, nearest above the file) and the folders from there; null outside a project.</summary>
    private static string? ExpectedNamespace(string file)
    {
        var folder = Path.GetDirectoryName(Path.Combine(RepositoryRoot.Path, file))!;
        var folders = new Stack<string>();
        for (var dir = new DirectoryInfo(folder); dir is not null && dir.FullName.Length >= RepositoryRoot.Path.Length; dir = dir.Parent)
        {
            var project = dir.EnumerateFiles("*.csproj").FirstOrDefault();
            if (project is not null)
            {
                return string.Join('.', new[] { RootNamespace(project) }.Concat(folders));
            }

            folders.Push(dir.Name);
        }

        return null;
    }

    private static string RootNamespace(FileInfo project) =>
        RootNamespaceElement().Match(File.ReadAllText(project.FullName)) is { Success: true } match
            ? match.Groups[1].Value
            : Path.GetFileNameWithoutExtension(project.Name);

    [GeneratedRegex(@"^namespace\s+([\w.]+)\s*[;{]", RegexOptions.Multiline)]
    private static partial Regex DeclaredNamespace();

    [GeneratedRegex(@"<RootNamespace>([\w.]+)</RootNamespace>")]
    private static partial Regex RootNamespaceElement();
}
