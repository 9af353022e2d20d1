using Autofac;
using Kunpeng.Host.Plugins;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Kunpeng.Benchmarks.Screening;

/// <summary>
/// The ten domain plugins loaded as the host loads them: <see cref="PluginDirectoryScanner"/> over
/// the deployed plugins folder, <see cref="DomainPluginLoader"/> with the McMaster loader and a real
/// Autofac root scope, published into a <see cref="DomainPluginCatalog"/>.
/// </summary>
internal sealed class RealPlugins : IDisposable
{
    /// <summary>Set by the launcher for the benchmark processes, whose binaries BenchmarkDotNet builds elsewhere.</summary>
    public const string DirectoryVariable = "KUNPENG_BENCH_PLUGINS";

    public const int ExpectedDomains = 10;

    private readonly IContainer _container;

    private RealPlugins(IContainer container, DomainPluginCatalog catalog, string directory)
    {
        _container = container;
        Catalog = catalog;
        Directory = directory;
    }

    public DomainPluginCatalog Catalog { get; }

    public string Directory { get; }

    /// <summary>Loads every plugin folder; throws unless all ten domains are active and provide criteria.</summary>
    public static RealPlugins Load()
    {
        var directory = Locate();
        var container = new ContainerBuilder().Build();
        var loader = new DomainPluginLoader(new McMasterPluginAssemblyLoader(), container, TimeProvider.System);
        var scanner = new PluginDirectoryScanner(loader,
            Options.Create(new PluginOptions { Directory = directory, WatchForChanges = false }),
            NullLogger<PluginDirectoryScanner>.Instance);
        var results = scanner.Scan();
        var catalog = new DomainPluginCatalog();
        catalog.Publish(results.Where(r => r.Plugin is not null).Select(r => r.Plugin!), results.Select(r => r.State));

        var refused = results.Where(r => r.Plugin is null).Select(r => $"{r.State.Folder}: {r.State.Status} {r.State.Reason}").ToList();
        var withCriteria = results.Count(r => r.Plugin?.Criteria is not null);
        if (refused.Count > 0 || withCriteria != ExpectedDomains)
        {
            catalog.Dispose();
            container.Dispose();
            throw new InvalidOperationException(
                $"Expected the {ExpectedDomains} domain plugins with criteria in {directory}, found {withCriteria}. {string.Join("; ", refused)}");
        }

        return new RealPlugins(container, catalog, directory);
    }

    /// <summary>The plugins folder deployed beside the benchmark's own build (see the project file).</summary>
    public static string Locate()
    {
        if (Environment.GetEnvironmentVariable(DirectoryVariable) is { Length: > 0 } given)
        {
            return given;
        }

        // BenchmarkDotNet builds the benchmark processes in a folder below the launcher's: look upwards.
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "plugins");
            if (System.IO.Directory.Exists(Path.Combine(candidate, "Kunpeng.Plugins.Education")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException(
            $"No plugins folder above {AppContext.BaseDirectory}; build with `dotnet build -c Release benchmarks/Kunpeng.Benchmarks.Screening` first.");
    }

    public void Dispose()
    {
        Catalog.Dispose();
        _container.Dispose();
    }
}
