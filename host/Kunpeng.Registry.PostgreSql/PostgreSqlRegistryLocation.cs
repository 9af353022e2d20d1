namespace Kunpeng.Registry.PostgreSql;

/// <summary>Which database holds the registry: an Npgsql connection string (<c>ConnectionStrings:Registry</c>).</summary>
public sealed record PostgreSqlRegistryLocation(string ConnectionString);
