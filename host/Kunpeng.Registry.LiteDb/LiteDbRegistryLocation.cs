namespace Kunpeng.Registry.LiteDb;

/// <summary>Where the registry file is: an absolute path.</summary>
public sealed record LiteDbRegistryLocation(string FilePath);
