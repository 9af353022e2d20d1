using System.Collections.Concurrent;
using Npgsql;

namespace Kunpeng.Registry.PostgreSql;

/// <summary>
/// Creates a record set's table the first time this process uses it. The DDL runs in a transaction of
/// its own under the registry's advisory lock, so hosts starting together do not race on
/// <c>CREATE TABLE IF NOT EXISTS</c> (which is not safe against itself in PostgreSQL).
/// </summary>
internal sealed class PostgreSqlTables(NpgsqlDataSource dataSource)
{
    private readonly ConcurrentDictionary<string, bool> _ready = new(StringComparer.Ordinal);

    public void Ensure(string set, bool sequenced)
    {
        if (_ready.TryGetValue(set, out var wasSequenced) && (wasSequenced || !sequenced))
        {
            return;
        }

        var table = PostgreSqlNames.Table(set);
        var ddl = $"CREATE TABLE IF NOT EXISTS {table} (id text PRIMARY KEY, version integer NOT NULL DEFAULT 0, doc jsonb NOT NULL);";
        if (sequenced)
        {
            // A log's ids are numbers: its natural order is the number, served by an index on it.
            ddl += $"CREATE SEQUENCE IF NOT EXISTS {PostgreSqlNames.Sequence(set)};"
                + $"CREATE INDEX IF NOT EXISTS {PostgreSqlNames.Index(set, "Id")} ON {table} ({PostgreSqlNames.Json("Id")});";
        }

        RunLocked(ddl);
        _ready[set] = sequenced;
    }

    /// <summary>Runs <paramref name="ddl"/> the first time this process asks for <paramref name="key"/> (a table outside the record sets).</summary>
    public void EnsureOnce(string key, string ddl)
    {
        if (_ready.ContainsKey(key))
        {
            return;
        }

        RunLocked(ddl);
        _ready[key] = true;
    }

    /// <summary>Runs schema statements in one transaction under the registry's DDL lock.</summary>
    public void RunLocked(string ddl)
    {
        using var connection = dataSource.OpenConnection();
        using var transaction = connection.BeginTransaction();
#pragma warning disable CA2100 // Built from checked names only.
        using (var command = new NpgsqlCommand($"SELECT pg_advisory_xact_lock({PostgreSqlRegistry.SchemaLock});" + ddl, connection, transaction))
#pragma warning restore CA2100
        {
            command.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    /// <summary>Forgets what this process created (after the schema was dropped under it, in tests).</summary>
    public void Forget() => _ready.Clear();
}
