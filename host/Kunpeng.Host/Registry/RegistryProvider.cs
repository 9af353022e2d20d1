namespace Kunpeng.Host.Registry;

/// <summary>Which store holds the registry (<c>Kunpeng:Registry:Provider</c>).</summary>
public enum RegistryProvider
{
    /// <summary>An embedded file (the default: nothing to install, one host).</summary>
    LiteDb,

    /// <summary>A PostgreSQL database at <c>ConnectionStrings:Registry</c>, which several hosts may share.</summary>
    PostgreSql,
}
