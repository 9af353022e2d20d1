using System.Reflection;
using System.Xml.Linq;
using NetArchTest.Rules;

namespace Kunpeng.Architecture.Tests;

/// <summary>
/// The layers point one way: Api → Workflow → the registry seam (Kunpeng.Registry) → its LiteDB
/// implementation; plugins see only the contracts and their kit. Each rule fails the build's tests
/// when broken, naming the offending types or files. A type or file on a transitional list is one
/// not yet moved; the lists only shrink, so one that no longer offends must be taken off its list.
/// </summary>
public sealed class LayeringTests
{
    [Fact]
    public void Only_the_LiteDB_registry_project_mentions_LiteDB_in_host_sources()
    {
        var offenders = RepositoryRoot.SourcesUnder("host")
            .Where(file => !file.StartsWith("host/Kunpeng.Registry.LiteDb/", StringComparison.Ordinal))
            .Where(file => File.ReadAllText(Path.Combine(RepositoryRoot.Path, file)).Contains("LiteDB", StringComparison.Ordinal))
            .ToList();

        AssertOnlyTransitional(offenders, TransitionalLiteDbFiles.Paths, "host source files that mention LiteDB outside host/Kunpeng.Registry.LiteDb");
    }

    [Fact]
    public void Only_the_LiteDB_registry_assembly_references_LiteDB()
    {
        var referencing = Assemblies.Ours
            .Where(assembly => assembly.GetReferencedAssemblies().Any(reference => reference.Name == "LiteDB"))
            .Select(assembly => assembly.GetName().Name!)
            .ToList();

        Assert.Contains("Kunpeng.Registry.LiteDb", referencing);
        var others = referencing.Where(name => name != "Kunpeng.Registry.LiteDb").ToList();
        if (TransitionalLiteDbFiles.Paths.Count == 0)
        {
            Assert.Empty(others);
        }
        else
        {
            // While host files still wait on the seam, the host is the one other assembly allowed.
            Assert.All(others, name => Assert.Equal("Kunpeng.Host", name));
        }
    }

    [Fact]
    public void The_registry_seam_depends_on_the_framework_alone()
    {
        var references = Assemblies.Registry.GetReferencedAssemblies().Select(reference => reference.Name!).ToList();

        Assert.All(references, name => Assert.True(IsFramework(name), $"Kunpeng.Registry references {name}."));
    }

    [Fact]
    public void The_LiteDB_registry_depends_only_on_the_seam_and_LiteDB()
    {
        var references = Assemblies.LiteDbRegistry.GetReferencedAssemblies().Select(reference => reference.Name!).ToList();

        Assert.All(references, name => Assert.True(
            IsFramework(name) || name is "Kunpeng.Registry" or "LiteDB",
            $"Kunpeng.Registry.LiteDb references {name}."));
    }

    [Fact]
    public void Only_the_PostgreSQL_registry_references_Npgsql_and_it_depends_only_on_the_seam_and_Npgsql()
    {
        var referencing = Assemblies.Ours
            .Where(assembly => assembly.GetReferencedAssemblies().Any(reference => reference.Name == "Npgsql"))
            .Select(assembly => assembly.GetName().Name!)
            .ToList();
        var references = Assemblies.PostgreSqlRegistry.GetReferencedAssemblies().Select(reference => reference.Name!).ToList();

        Assert.Equal(["Kunpeng.Registry.PostgreSql"], referencing);
        Assert.All(references, name => Assert.True(
            IsFramework(name) || name is "Kunpeng.Registry" or "Npgsql",
            $"Kunpeng.Registry.PostgreSql references {name}."));
    }

    [Fact]
    public void The_contracts_depend_on_the_framework_alone()
    {
        var references = Assemblies.Contracts.GetReferencedAssemblies().Select(reference => reference.Name!).ToList();

        Assert.All(references, name => Assert.True(name.StartsWith("System", StringComparison.Ordinal) || name == "netstandard",
            $"Kunpeng.Abstractions references {name}: the contracts are BCL only."));
    }

    [Theory]
    [InlineData("Kunpeng.Host.Workflow")]
    [InlineData("Kunpeng.Host.Eligibility")]
    [InlineData("Kunpeng.Host.Measures")]
    [InlineData("Kunpeng.Host.Plugins")]
    [InlineData("Kunpeng.Host.Security")]
    [InlineData("Kunpeng.Host.Registry")]
    public void Layers_below_the_api_do_not_use_it(string layer)
    {
        var offenders = Offenders(Types.InAssembly(Assemblies.Host).That().ResideInNamespace(layer).ShouldNot().HaveDependencyOn("Kunpeng.Host.Api"));

        Assert.True(offenders.Count == 0, $"Types in {layer} that use Kunpeng.Host.Api:\n  {string.Join("\n  ", offenders)}");
    }

    [Fact]
    public void The_dependency_rules_see_a_dependency_that_exists()
    {
        // The composition root does use the api; a rule that cannot see it could not fail either.
        var offenders = Offenders(Types.InAssembly(Assemblies.Host).That().ResideInNamespace("Kunpeng.Host.Hosting").ShouldNot().HaveDependencyOn("Kunpeng.Host.Api"));

        Assert.NotEmpty(offenders);
    }

    [Fact]
    public void The_api_reaches_the_registry_only_through_the_workflow()
    {
        var offenders = Offenders(Types.InAssembly(Assemblies.Host).That().ResideInNamespace("Kunpeng.Host.Api")
            .ShouldNot().HaveDependencyOnAny("Kunpeng.Host.Registry", "Kunpeng.Registry.LiteDb", "LiteDB"));

        AssertOnlyTransitional(offenders, TransitionalRegistryUsersInApi.Types, "api types that use the registry directly");
    }

    [Fact]
    public void The_workflow_knows_nothing_of_LiteDB()
    {
        var offenders = Offenders(Types.InAssembly(Assemblies.Host).ShouldNot().HaveDependencyOnAny("LiteDB", "Kunpeng.Registry.LiteDb"))
            .Where(type => !type.StartsWith("Kunpeng.Host.Hosting.", StringComparison.Ordinal))
            .ToList();

        AssertOnlyTransitional(offenders, TransitionalLiteDbUsers.Types, "host types that use LiteDB or its registry (composition in Kunpeng.Host.Hosting aside)");
    }

    [Fact]
    public void Plugins_reference_only_the_contracts_and_their_kit()
    {
        var plugins = Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, "plugins"), "Kunpeng.Plugins.*.csproj", SearchOption.AllDirectories)
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();
        Assert.True(plugins.Count >= 10, $"Found {plugins.Count} plugin projects.");

        foreach (var plugin in plugins)
        {
            var project = XDocument.Load(plugin);
            var projects = project.Descendants("ProjectReference").Select(reference => Path.GetFileName((string)reference.Attribute("Include")!)).ToList();
            var packages = project.Descendants("PackageReference").Select(reference => (string)reference.Attribute("Include")!).ToList();

            Assert.All(projects, name => Assert.True(name is "Kunpeng.PluginKit.csproj" or "Kunpeng.Abstractions.csproj", $"{Path.GetFileName(plugin)} references {name}."));
            Assert.True(packages.Count == 0, $"{Path.GetFileName(plugin)} references packages: {string.Join(", ", packages)}.");
        }
    }

    [Fact]
    public void Plugins_and_their_kit_hold_no_web_or_hosting_code()
    {
        string[] forbidden = ["Microsoft.AspNetCore", "Microsoft.Extensions.Hosting", "Microsoft.Extensions.DependencyInjection", "LiteDB"];
        var offenders = RepositoryRoot.SourcesUnder("plugins")
            .Where(file => forbidden.Any(File.ReadAllText(Path.Combine(RepositoryRoot.Path, file)).Contains))
            .ToList();

        Assert.Empty(offenders);
    }

    private static bool IsFramework(string name) =>
        name.StartsWith("System", StringComparison.Ordinal) || name is "netstandard" or "mscorlib" || name.StartsWith("Microsoft.Extensions.", StringComparison.Ordinal);

    private static List<string> Offenders(ConditionList rule) =>
        rule.GetResult().FailingTypeNames?.Select(Outer).Distinct().Order(StringComparer.Ordinal).ToList() ?? [];

    // Compiler-generated nested types (closures, state machines) count as their outer type.
    private static string Outer(string typeName)
    {
        var plus = typeName.IndexOf('+', StringComparison.Ordinal);
        var outer = plus < 0 ? typeName : typeName[..plus];
        var tick = outer.IndexOf('`', StringComparison.Ordinal);
        return tick < 0 ? outer : outer[..tick];
    }

    private static void AssertOnlyTransitional(IReadOnlyCollection<string> offenders, IReadOnlySet<string> transitional, string what)
    {
        var unexpected = offenders.Where(o => !transitional.Contains(o)).ToList();
        var stale = transitional.Where(t => !offenders.Contains(t)).Order(StringComparer.Ordinal).ToList();

        Assert.True(unexpected.Count == 0, $"New {what}:\n  {string.Join("\n  ", unexpected)}");
        Assert.True(stale.Count == 0, $"No longer among the {what}; take them off the transitional list:\n  {string.Join("\n  ", stale)}");
    }
}
