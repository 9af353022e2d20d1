using System.Data;
using Npgsql;

namespace Kunpeng.Registry.PostgreSql;

/// <summary>
/// The registry in a PostgreSQL database that any number of hosts share. Every write is one
/// READ COMMITTED transaction with <c>synchronous_commit = on</c>, so a write is acknowledged only
/// once its commit is on disk; <see cref="IRecordWriter{T}.FindForUpdate"/> takes the row lock, so two
/// hosts changing one record run one after the other and the second sees the first's version (its
/// If-Match then fails: 412); unique indexes decide races for a key (one winner, the other
/// <see cref="UniqueRecordException"/>).
/// </summary>
public sealed class PostgreSqlRegistry : IRegistry, IRegistrySchema, IRegistryStartupLock, IDisposable
{
    /// <summary>The advisory lock key schema statements (tables, indexes) run under.</summary>
    internal const long SchemaLock = 0x4B756E70_656E6701; // "Kunpeng" + 1

    /// <summary>The advisory lock key a host's start-up work (migrations, bootstrap) runs under.</summary>
    internal const long StartupLock = 0x4B756E70_656E6702;

    private readonly NpgsqlDataSource _dataSource;
    private readonly PostgreSqlTables _tables;
    private volatile string? _writeProblem;

    public PostgreSqlRegistry(PostgreSqlRegistryLocation location)
        : this(location.ConnectionString)
    {
    }

    /// <param name="connectionString">An Npgsql connection string; <c>synchronous_commit</c> is forced on for every session.</param>
    public PostgreSqlRegistry(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        // Whatever the server's default, an acknowledged write is a flushed one.
        builder.Options = ((builder.Options ?? "") + " -c synchronous_commit=on").Trim();
        ConnectionString = builder.ConnectionString;
        _dataSource = NpgsqlDataSource.Create(builder);
        _tables = new PostgreSqlTables(_dataSource);
        Files = new PostgreSqlFileStore(_dataSource, _tables);
    }

    /// <summary>The connection string in use (with the forced session options).</summary>
    public string ConnectionString { get; }

    public IFileStore Files { get; }

    public IFileStore FilesIn(string bucket) =>
        _buckets.GetOrAdd(bucket, name => System.Text.RegularExpressions.Regex.IsMatch(name, "^[a-z][a-z0-9]*$")
            ? new PostgreSqlFileStore(_dataSource, _tables, name)
            : throw new ArgumentException($"A file bucket's name is lower-case letters and digits ('{name}' is not).", nameof(bucket)));

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, IFileStore> _buckets = new(StringComparer.Ordinal);

    public RegistryHealth Health => _writeProblem is { } problem ? new RegistryHealth(false, problem) : RegistryHealth.Writable;

    public IRecordReader<T> Read<T>(RecordSet<T> set) where T : class
    {
        _tables.Ensure(set.Name, typeof(ISequencedRecord).IsAssignableFrom(typeof(T)));
        return new PostgreSqlRecords<T>(PostgreSqlSession.Committed(_dataSource), set);
    }

    public T Write<T>(Func<IRegistryTransaction, T> work)
    {
        try
        {
            using var connection = _dataSource.OpenConnection();
            using var transaction = connection.BeginTransaction(IsolationLevel.ReadCommitted);
            var result = work(new Transaction(this, PostgreSqlSession.InTransaction(connection, transaction)));
            transaction.Commit();
            _writeProblem = null;
            return result;
        }
        catch (Exception e) when (IsUnavailable(e))
        {
            _writeProblem = e.Message;
            throw new RegistryUnavailableException($"The registry database could not complete the write: {e.Message}", e);
        }
    }

    /// <summary>
    /// Holds the start-up lock until disposed: a host that starts while another is starting waits, so
    /// migrations, indexes and bootstrap records are made once. Held on a connection of its own.
    /// </summary>
    public IDisposable HoldStartupLock()
    {
        var connection = _dataSource.OpenConnection();
        using (var command = new NpgsqlCommand($"SELECT pg_advisory_lock({StartupLock})", connection))
        {
            command.ExecuteNonQuery();
        }

        return new StartupLockLease(connection);
    }

    public void EnsureIndex(IndexDefinition index)
    {
        _tables.Ensure(index.Set, sequenced: false);
        var name = PostgreSqlNames.Index(index.Set, index.Name);
        var definition = $"{index.Field}|{(index.Unique ? "unique" : "")}";
        if (IndexComment(name) == definition)
        {
            return;
        }

        if (index.IsArray && index.Unique)
        {
            throw new NotSupportedException($"A unique index on each element of an array ({index.Set}.{index.Name}) is not supported.");
        }

        var table = PostgreSqlNames.Table(index.Set);
        var create = index.IsArray
            ? $"CREATE INDEX {name} ON {table} USING gin ({PostgreSqlNames.Json(index.Field)} jsonb_path_ops)"
            : $"CREATE {(index.Unique ? "UNIQUE " : "")}INDEX {name} ON {table} ({(index.Field == "Id" ? "id" : PostgreSqlNames.Json(index.Field))})";
        try
        {
            _tables.RunLocked($"DROP INDEX IF EXISTS {name}; {create}; COMMENT ON INDEX {name} IS '{definition.Replace("'", "''", StringComparison.Ordinal)}';");
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            throw new UniqueRecordException(index.Set, index.Name, e);
        }
    }

    public void DropIndex(string set, string name) =>
        _tables.RunLocked($"DROP INDEX IF EXISTS {PostgreSqlNames.Index(set, name)};");

    public void Dispose() => _dataSource.Dispose();

    private string? IndexComment(string quotedName)
    {
        using var connection = _dataSource.OpenConnection();
        using var command = new NpgsqlCommand("SELECT obj_description(to_regclass(@name), 'pg_class')", connection);
        command.Parameters.AddWithValue("name", quotedName);
        return command.ExecuteScalar() as string;
    }

    // A lost connection, a server shutting down or out of resources: nothing was acknowledged; 503.
    private static bool IsUnavailable(Exception e) => e switch
    {
        PostgresException pg => pg.SqlState.StartsWith("08", StringComparison.Ordinal)
            || pg.SqlState.StartsWith("53", StringComparison.Ordinal)
            || pg.SqlState.StartsWith("57P", StringComparison.Ordinal),
        NpgsqlException => true,
        _ => false,
    };

    private sealed class Transaction(PostgreSqlRegistry registry, PostgreSqlSession session) : IRegistryTransaction
    {
        public IRecordWriter<T> Records<T>(RecordSet<T> set) where T : class
        {
            registry._tables.Ensure(set.Name, typeof(ISequencedRecord).IsAssignableFrom(typeof(T)));
            return new PostgreSqlRecords<T>(session, set);
        }
    }

    private sealed class StartupLockLease(NpgsqlConnection connection) : IDisposable
    {
        public void Dispose()
        {
            // Closing the session releases its advisory locks; unlocking first returns it to the pool clean.
            using (var command = new NpgsqlCommand($"SELECT pg_advisory_unlock({StartupLock})", connection))
            {
                command.ExecuteNonQuery();
            }

            connection.Dispose();
        }
    }
}
