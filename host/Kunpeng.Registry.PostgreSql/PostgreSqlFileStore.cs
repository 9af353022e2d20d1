using System.Text.Json;
using Npgsql;
using NpgsqlTypes;

namespace Kunpeng.Registry.PostgreSql;

/// <summary>
/// Files in one table (<c>registry_files</c>, a named bucket in <c>registry_files_{bucket}</c>: the bytes as <c>bytea</c>, beside their name, length,
/// upload time and metadata), so every host serves every file. Each save or delete commits alone,
/// as <see cref="IFileStore"/> expects.
/// </summary>
internal sealed class PostgreSqlFileStore(NpgsqlDataSource dataSource, PostgreSqlTables tables, string? bucket = null) : IFileStore
{
    private readonly string _table = bucket is null ? "registry_files" : $"registry_files_{bucket}";

    private const string Columns = "id, file_name, length, uploaded_utc, metadata";

    public StoredFile Save(string id, string fileName, Stream content, IReadOnlyDictionary<string, string>? metadata = null)
    {
        EnsureTable();
        using var bytes = new MemoryStream();
        content.CopyTo(bytes);
        using var connection = dataSource.OpenConnection();
        using var command = new NpgsqlCommand(
            $"INSERT INTO {_table} (id, file_name, length, uploaded_utc, metadata, content) VALUES (@id, @name, @length, now(), @metadata, @content) "
            + $"ON CONFLICT (id) DO UPDATE SET file_name = EXCLUDED.file_name, length = EXCLUDED.length, uploaded_utc = EXCLUDED.uploaded_utc, "
            + $"metadata = EXCLUDED.metadata, content = EXCLUDED.content RETURNING {Columns}",
            connection);
        command.Parameters.AddWithValue("id", id);
        command.Parameters.AddWithValue("name", fileName);
        command.Parameters.AddWithValue("length", bytes.Length);
        command.Parameters.Add(new NpgsqlParameter("metadata", NpgsqlDbType.Jsonb) { Value = JsonSerializer.Serialize(metadata ?? new Dictionary<string, string>()) });
        command.Parameters.Add(new NpgsqlParameter("content", NpgsqlDbType.Bytea) { Value = bytes.ToArray() });
        using var reader = command.ExecuteReader();
        reader.Read();
        return Describe(reader);
    }

    public Stream? OpenRead(string id)
    {
        EnsureTable();
        using var connection = dataSource.OpenConnection();
        using var command = new NpgsqlCommand($"SELECT content FROM {_table} WHERE id = @id", connection);
        command.Parameters.AddWithValue("id", id);
        return command.ExecuteScalar() is byte[] content ? new MemoryStream(content, writable: false) : null;
    }

    public StoredFile? Find(string id) => Select("WHERE id = @id", id).FirstOrDefault();

    public bool Delete(string id)
    {
        EnsureTable();
        using var connection = dataSource.OpenConnection();
        using var command = new NpgsqlCommand($"DELETE FROM {_table} WHERE id = @id", connection);
        command.Parameters.AddWithValue("id", id);
        return command.ExecuteNonQuery() == 1;
    }

    public IReadOnlyList<StoredFile> List(string idPrefix) => Select("WHERE starts_with(id, @id) ORDER BY id", idPrefix);

    private List<StoredFile> Select(string where, string id)
    {
        EnsureTable();
        using var connection = dataSource.OpenConnection();
#pragma warning disable CA2100 // Fixed text; the id is a parameter.
        using var command = new NpgsqlCommand($"SELECT {Columns} FROM {_table} {where}", connection);
#pragma warning restore CA2100
        command.Parameters.AddWithValue("id", id);
        using var reader = command.ExecuteReader();
        var files = new List<StoredFile>();
        while (reader.Read())
        {
            files.Add(Describe(reader));
        }

        return files;
    }

    private void EnsureTable() => tables.EnsureOnce(
        _table,
        $"CREATE TABLE IF NOT EXISTS {_table} (id text PRIMARY KEY, file_name text NOT NULL, length bigint NOT NULL, "
        + "uploaded_utc timestamptz NOT NULL, metadata jsonb NOT NULL, content bytea NOT NULL);");

    private static StoredFile Describe(NpgsqlDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        reader.GetInt64(2),
        DateTime.SpecifyKind(reader.GetDateTime(3), DateTimeKind.Utc),
        JsonSerializer.Deserialize<Dictionary<string, string>>(reader.GetString(4)) ?? []);
}
