using System.Diagnostics;
using System.Reflection;
using Autofac;
using Autofac.Core;
using Kunpeng.Abstractions;

namespace Kunpeng.Host.Plugins;

/// <summary>
/// Loads one plugin folder step by step (manifest, contract version, assembly, types, services),
/// refusing it with an actionable reason at the first step that fails. Never throws for a bad plugin.
/// </summary>
public sealed class DomainPluginLoader(
    IPluginAssemblyLoader assemblyLoader, ILifetimeScope rootScope, TimeProvider clock, ILogger<DomainPluginLoader>? logger = null)
{
    private static readonly Type[] ContractTypes = [typeof(IOrganizer), typeof(IDomainCriteria), typeof(IMeasureCatalog)];
    private static readonly string ContractsFileName = typeof(IOrganizer).Assembly.GetName().Name + ".dll";

    /// <summary>Loads the folder; the result is either a loaded plugin or the reason it was refused.</summary>
    public PluginLoadResult Load(string folder)
    {
        var started = Stopwatch.GetTimestamp();
        var attemptedAt = clock.GetUtcNow();
        PluginManifest? manifest = null;
        Version? contract = null;
        try
        {
            manifest = PluginManifestReader.Read(folder);
            var assemblyPath = Path.Combine(folder, manifest.Assembly);
            if (!File.Exists(assemblyPath))
            {
                throw new PluginLoadException(PluginStatus.Malfunctioned,
                    $"The manifest names assembly '{manifest.Assembly}', which is not in the folder.");
            }

            if (File.Exists(Path.Combine(folder, ContractsFileName)))
            {
                throw new PluginLoadException(PluginStatus.Malfunctioned,
                    $"The folder carries its own {ContractsFileName}; the contracts must come from the host (reference them with Private=false), " +
                    "or the plugin's types would not be the host's.");
            }

            // Read first, then judged: a plugin refused for its contract still shows which one it was built against.
            contract = ContractCompatibility.Read(assemblyPath);
            ContractCompatibility.EnsureSupported(contract);
            var plugin = LoadServices(manifest, folder, assemblyPath, contract, attemptedAt, started);
            return PluginLoadResult.Loaded(plugin, State(folder, manifest, contract, PluginStatus.Active, null, plugin.Organizer.Domain, attemptedAt, started));
        }
        catch (PluginLoadException e)
        {
            return PluginLoadResult.Refused(State(folder, manifest, contract, e.Status, e.Message, null, attemptedAt, started));
        }
        catch (Exception e)
        {
            return PluginLoadResult.Refused(State(folder, manifest, contract, PluginStatus.Malfunctioned,
                $"Unexpected failure while loading: {Describe(e)}", null, attemptedAt, started));
        }
    }

    private LoadedDomainPlugin LoadServices(
        PluginManifest manifest, string folder, string assemblyPath, Version contract, DateTimeOffset attemptedAt, long started)
    {
        PluginAssemblyHandle handle;
        try
        {
            handle = assemblyLoader.Load(assemblyPath);
        }
        catch (Exception e)
        {
            throw new PluginLoadException(PluginStatus.Malfunctioned, $"The assembly cannot be loaded: {Describe(e)}", e);
        }

        ILifetimeScope? scope = null;
        try
        {
            var types = ProbeTypes(handle.MainAssembly);
            var modules = types.Where(t => typeof(IModule).IsAssignableFrom(t) && t is { IsAbstract: false, IsClass: true }).ToList();
            var implementations = types
                .Where(t => t is { IsAbstract: false, IsClass: true } && ContractTypes.Any(c => c.IsAssignableFrom(t)))
                .ToList();
            if (modules.Count == 0 && implementations.Count == 0)
            {
                throw new PluginLoadException(PluginStatus.Malfunctioned,
                    "The assembly implements none of the contracts (IOrganizer, IDomainCriteria, IMeasureCatalog) and contributes no Autofac module.");
            }

            scope = rootScope.BeginLoadContextLifetimeScope(handle.LoadContext, builder =>
            {
                // A plugin that brings its own Autofac module registers its own services (Orchard
                // Core's Startup); otherwise its public contract implementations are registered.
                if (modules.Count > 0)
                {
                    foreach (var module in modules)
                    {
                        builder.RegisterModule((IModule)Activator.CreateInstance(module)!);
                    }
                }
                else
                {
                    foreach (var type in implementations)
                    {
                        builder.RegisterType(type).As(ContractTypes.Where(c => c.IsAssignableFrom(type)).ToArray()).SingleInstance();
                    }
                }
            });

            var organizer = ResolveSingle<IOrganizer>(scope)
                ?? throw new PluginLoadException(PluginStatus.Malfunctioned,
                    "The plugin provides no IOrganizer; a domain plugin must say which bureau organizes it and what its tiers are.");
            var criteria = ResolveSingle<IDomainCriteria>(scope);
            var measures = ResolveSingle<IMeasureCatalog>(scope);
            CheckIds(manifest, organizer, criteria, measures);

            var loadedAt = clock.GetUtcNow();
            return new LoadedDomainPlugin(manifest, folder, contract, scope, handle, organizer, criteria, measures,
                loadedAt, Stopwatch.GetElapsedTime(started), logger);
        }
        catch
        {
            scope?.Dispose();
            handle.Dispose();
            throw;
        }
    }

    private static IReadOnlyList<Type> ProbeTypes(Assembly assembly)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException e)
        {
            // Trimmed: the runtime's file-not-found messages end in blank lines.
            var missing = e.LoaderExceptions.OfType<Exception>().Select(x => x.Message.Trim()).Distinct().ToList();
            throw new PluginLoadException(PluginStatus.Malfunctioned,
                $"Some of the plugin's types cannot be loaded, usually a dependency missing from the folder: {string.Join("; ", missing)}", e);
        }
    }

    private static T? ResolveSingle<T>(ILifetimeScope scope) where T : class
    {
        IReadOnlyList<T> all;
        try
        {
            all = scope.Resolve<IEnumerable<T>>().ToList();
        }
        catch (DependencyResolutionException e)
        {
            throw new PluginLoadException(PluginStatus.Malfunctioned, $"Creating its {typeof(T).Name} failed: {Describe(e)}", e);
        }

        return all.Count switch
        {
            0 => null,
            1 => all[0],
            _ => throw new PluginLoadException(PluginStatus.Malfunctioned,
                $"The plugin registers {all.Count} implementations of {typeof(T).Name} ({string.Join(", ", all.Select(a => a.GetType().Name))}); it must register one."),
        };
    }

    private static void CheckIds(PluginManifest manifest, IOrganizer organizer, IDomainCriteria? criteria, IMeasureCatalog? measures)
    {
        var claimed = new[] { ("IOrganizer", organizer.Domain.Id), ("IDomainCriteria", criteria?.DomainId), ("IMeasureCatalog", measures?.DomainId) };
        foreach (var (contract, id) in claimed)
        {
            if (id is not null && !string.Equals(id, manifest.Id, StringComparison.Ordinal))
            {
                throw new PluginLoadException(PluginStatus.Malfunctioned,
                    $"Its {contract} serves domain '{id}' but the manifest says '{manifest.Id}'.");
            }
        }
    }

    private static PluginState State(string folder, PluginManifest? manifest, Version? contract, PluginStatus status, string? reason,
        DomainDescriptor? domain, DateTimeOffset attemptedAt, long started) =>
        new(Path.GetFileName(folder), manifest?.Id, manifest?.Version, contract?.ToString(2), status, reason,
            domain?.NameZh, domain?.NameEn, attemptedAt, Stopwatch.GetElapsedTime(started));

    /// <summary>The innermost cause, which is what a person can act on (Autofac wraps constructor exceptions).</summary>
    private static string Describe(Exception e)
    {
        var inner = e;
        while (inner.InnerException is not null && inner is DependencyResolutionException or TargetInvocationException or PluginLoadException)
        {
            inner = inner.InnerException;
        }

        return inner == e ? $"{e.GetType().Name}: {e.Message}" : $"{inner.GetType().Name}: {inner.Message}";
    }
}
