using Npgsql;

namespace Kunpeng.Registry.PostgreSql;

/// <summary>
/// Where a record set's statements run: inside a write transaction, on its connection; outside one,
/// each read on a pooled connection of its own (autocommit, so it sees committed data).
/// </summary>
internal sealed class PostgreSqlSession
{
    private readonly NpgsqlDataSource? _dataSource;
    private readonly NpgsqlConnection? _connection;
    private readonly NpgsqlTransaction? _transaction;

    private PostgreSqlSession(NpgsqlDataSource? dataSource, NpgsqlConnection? connection, NpgsqlTransaction? transaction, Dictionary<(string, string), int>? versionsRead)
    {
        _dataSource = dataSource;
        _connection = connection;
        _transaction = transaction;
        VersionsRead = versionsRead;
    }

    public static PostgreSqlSession Committed(NpgsqlDataSource dataSource) => new(dataSource, null, null, null);

    public static PostgreSqlSession InTransaction(NpgsqlConnection connection, NpgsqlTransaction transaction) =>
        new(null, connection, transaction, []);

    /// <summary>Inside a transaction: the version each versioned record had when this transaction read it, by set and id.</summary>
    public Dictionary<(string Set, string Id), int>? VersionsRead { get; }

    public TResult Run<TResult>(string sql, IEnumerable<NpgsqlParameter> parameters, Func<NpgsqlCommand, TResult> work)
    {
        if (_connection is not null)
        {
            using var command = Command(_connection, sql, parameters);
            command.Transaction = _transaction;
            return work(command);
        }

        using var connection = _dataSource!.OpenConnection();
        using var own = Command(connection, sql, parameters);
        return work(own);
    }

    private static NpgsqlCommand Command(NpgsqlConnection connection, string sql, IEnumerable<NpgsqlParameter> parameters)
    {
#pragma warning disable CA2100 // The text is built from checked names (PostgreSqlNames); every value is a parameter.
        var command = new NpgsqlCommand(sql, connection);
#pragma warning restore CA2100
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(parameter);
        }

        return command;
    }
}
