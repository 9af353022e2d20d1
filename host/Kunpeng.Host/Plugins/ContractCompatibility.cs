using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Kunpeng.Abstractions;

namespace Kunpeng.Host.Plugins;

/// <summary>
/// Decides, from the plugin assembly's metadata and without loading it, which contract version it
/// was built against and whether this host can serve it.
/// </summary>
internal static class ContractCompatibility
{
    private static readonly string ContractsAssemblyName = typeof(IOrganizer).Assembly.GetName().Name!;

    /// <summary>The contract version (Major.Minor) the plugin was built against, read from its reference to the contracts.</summary>
    public static Version Read(string assemblyPath)
    {
        var referenced = ReadContractReference(assemblyPath);
        return new Version(referenced.Major, referenced.Minor);
    }

    /// <summary>Refuses a contract version this host cannot serve.</summary>
    public static void EnsureSupported(Version referenced)
    {
        var host = ContractVersion.Current;
        if (referenced.Major != host.Major || referenced.Minor > host.Minor)
        {
            throw new PluginLoadException(PluginStatus.NotSupported,
                $"Built against contract {referenced.Major}.{referenced.Minor}; this host offers contract {host.Major}.{host.Minor}. " +
                $"A plugin must use the same major version and no newer minor version: rebuild it against {ContractsAssemblyName} {host.Major}.{host.Minor}.");
        }
    }

    private static Version ReadContractReference(string assemblyPath)
    {
        try
        {
            using var stream = File.OpenRead(assemblyPath);
            using var pe = new PEReader(stream);
            if (!pe.HasMetadata)
            {
                throw new PluginLoadException(PluginStatus.Malfunctioned, $"'{Path.GetFileName(assemblyPath)}' is not a .NET assembly.");
            }

            var metadata = pe.GetMetadataReader();
            foreach (var handle in metadata.AssemblyReferences)
            {
                var reference = metadata.GetAssemblyReference(handle);
                if (metadata.StringComparer.Equals(reference.Name, ContractsAssemblyName))
                {
                    return reference.Version;
                }
            }
        }
        catch (BadImageFormatException e)
        {
            throw new PluginLoadException(PluginStatus.Malfunctioned, $"'{Path.GetFileName(assemblyPath)}' is not a valid .NET assembly: {e.Message}", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new PluginLoadException(PluginStatus.Malfunctioned, $"'{Path.GetFileName(assemblyPath)}' cannot be read: {e.Message}", e);
        }

        throw new PluginLoadException(PluginStatus.Malfunctioned,
            $"'{Path.GetFileName(assemblyPath)}' does not reference {ContractsAssemblyName}, so it implements none of the Kunpeng contracts.");
    }
}
