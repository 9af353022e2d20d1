using System.Globalization;
using System.Reflection;
using System.Text.Json;
using Npgsql;
using NpgsqlTypes;

namespace Kunpeng.Registry.PostgreSql;

/// <summary>
/// One record set as a table <c>(id text primary key, version integer, doc jsonb)</c>. A versioned
/// record read in a transaction is updated only if its stored version is still the one read
/// (<see cref="StaleRecordException"/> otherwise): the row lock of <see cref="FindForUpdate"/> makes
/// that certain, the condition catches a writer that read without it.
/// </summary>
internal sealed class PostgreSqlRecords<T>(PostgreSqlSession session, RecordSet<T> set) : IRecordWriter<T> where T : class
{
    private static readonly bool Sequenced = typeof(ISequencedRecord).IsAssignableFrom(typeof(T));
    private static readonly bool Versioned = typeof(IVersionedRecord).IsAssignableFrom(typeof(T));

    private readonly string _table = PostgreSqlNames.Table(set.Name);

    private string NaturalOrder => Sequenced ? PostgreSqlNames.Json("Id") : "id";

    public T? Find(string id) => FindBy(id, forUpdate: false);

    public T? FindForUpdate(string id) => FindBy(id, forUpdate: true);

    public bool Any(Filter filter)
    {
        var sql = Filters(out var where, filter);
        return session.Run($"SELECT EXISTS (SELECT 1 FROM {_table}{where})", sql.Parameters, c => (bool)c.ExecuteScalar()!);
    }

    public int Count(Filter? filter = null)
    {
        var sql = Filters(out var where, filter);
        return session.Run($"SELECT count(*) FROM {_table}{where}", sql.Parameters, c => Convert.ToInt32(c.ExecuteScalar(), CultureInfo.InvariantCulture));
    }

    public IReadOnlyList<T> List(RecordQuery query)
    {
        var sql = Filters(out var where, query.Where);
        return session.Run($"SELECT doc FROM {_table}{where}{sql.OrderBy(query.OrderBy, NaturalOrder)}{Window(query)}", sql.Parameters, c =>
        {
            var records = new List<T>();
            using var reader = c.ExecuteReader();
            while (reader.Read())
            {
                records.Add(Remember(PostgreSqlJson.Deserialize<T>(reader.GetString(0))));
            }

            return records;
        });
    }

    public IReadOnlyList<RecordRow> Rows(RecordQuery query, IReadOnlyList<string> fields)
    {
        var sql = Filters(out var where, query.Where);
        var columns = string.Join(", ", fields.Select(f => f == "Id" && !Sequenced ? "to_jsonb(id)" : sql.Field(f)));
        var types = fields.Select(MemberType).ToList();
        return session.Run($"SELECT {columns} FROM {_table}{where}{sql.OrderBy(query.OrderBy, NaturalOrder)}{Window(query)}", sql.Parameters, c =>
        {
            var rows = new List<RecordRow>();
            using var reader = c.ExecuteReader();
            while (reader.Read())
            {
                var values = new Dictionary<string, object?>(fields.Count, StringComparer.Ordinal);
                for (var i = 0; i < fields.Count; i++)
                {
                    values[fields[i]] = reader.IsDBNull(i) ? null : Plain(reader.GetString(i), types[i]);
                }

                rows.Add(new RecordRow(values));
            }

            return rows;
        });
    }

    public void Insert(T record)
    {
        if (record is ISequencedRecord sequenced)
        {
            sequenced.Id = session.Run($"SELECT nextval('{PostgreSqlNames.Sequence(set.Name)}')", [], c => (long)c.ExecuteScalar()!);
        }

        Store($"INSERT INTO {_table} (id, version, doc) VALUES (@id, @version, @doc)", record);
    }

    public bool Update(T record)
    {
        var id = IdOf(record);
        var condition = "";
        if (Versioned && session.VersionsRead is { } read && read.TryGetValue((set.Name, id), out var version))
        {
            condition = " AND version = " + version.ToString(CultureInfo.InvariantCulture);
        }

        if (Store($"UPDATE {_table} SET version = @version, doc = @doc WHERE id = @id{condition}", record) == 1)
        {
            return true;
        }

        if (condition.Length > 0 && StoredVersion(id) is { } stored)
        {
            throw new StaleRecordException(set.Name, id, stored);
        }

        return false;
    }

    public void Upsert(T record) =>
        Store($"INSERT INTO {_table} (id, version, doc) VALUES (@id, @version, @doc) ON CONFLICT (id) DO UPDATE SET version = EXCLUDED.version, doc = EXCLUDED.doc", record);

    public bool Delete(string id)
    {
        session.VersionsRead?.Remove((set.Name, id));
        return session.Run($"DELETE FROM {_table} WHERE id = @id", [new NpgsqlParameter("id", NpgsqlDbType.Text) { Value = id }], c => c.ExecuteNonQuery()) == 1;
    }

    private T? FindBy(string id, bool forUpdate)
    {
        var json = session.Run(
            $"SELECT doc FROM {_table} WHERE id = @id{(forUpdate ? " FOR UPDATE" : "")}",
            [new NpgsqlParameter("id", NpgsqlDbType.Text) { Value = id }],
            c => c.ExecuteScalar() as string);
        if (json is null)
        {
            return null;
        }

        var record = PostgreSqlJson.Deserialize<T>(json);
        if (forUpdate && record is IVersionedRecord locked && session.VersionsRead is { } read)
        {
            // Held from here on: this is the version the caller's If-Match was checked against.
            read[(set.Name, locked.Id)] = locked.Version;
            return record;
        }

        return Remember(record);
    }

    private int? StoredVersion(string id) => session.Run(
        $"SELECT version FROM {_table} WHERE id = @id",
        [new NpgsqlParameter("id", NpgsqlDbType.Text) { Value = id }],
        c => c.ExecuteScalar() is int v ? v : (int?)null);

    private T Remember(T record)
    {
        if (record is IVersionedRecord versioned && session.VersionsRead is { } read)
        {
            read.TryAdd((set.Name, versioned.Id), versioned.Version);
        }

        return record;
    }

    private int Store(string sql, T record)
    {
        var id = IdOf(record);
        var version = record is IVersionedRecord v ? v.Version : 0;
        var parameters = new[]
        {
            new NpgsqlParameter("id", NpgsqlDbType.Text) { Value = id },
            new NpgsqlParameter("version", NpgsqlDbType.Integer) { Value = version },
            new NpgsqlParameter("doc", NpgsqlDbType.Jsonb) { Value = PostgreSqlJson.Serialize(record) },
        };
        try
        {
            var stored = session.Run(sql, parameters, c => c.ExecuteNonQuery());
            if (stored == 1 && session.VersionsRead is { } read && Versioned)
            {
                // What this transaction wrote is what a later update in it must find.
                read[(set.Name, id)] = version;
            }

            return stored;
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            throw new UniqueRecordException(set.Name, IndexNameOf(e.ConstraintName), e);
        }
    }

    private string IndexNameOf(string? constraint)
    {
        if (constraint is null || constraint == set.Name + "_pkey")
        {
            return "_id";
        }

        var prefix = set.Name + "__";
        return constraint.StartsWith(prefix, StringComparison.Ordinal) ? constraint[prefix.Length..] : constraint;
    }

    private static string IdOf(T record) => record switch
    {
        IRecord r => r.Id,
        ISequencedRecord s => s.Id.ToString(CultureInfo.InvariantCulture),
        _ => throw new InvalidOperationException($"{typeof(T).Name} has no id the registry knows (IRecord or ISequencedRecord)."),
    };

    private PostgreSqlFilters Filters(out string where, Filter? filter)
    {
        var sql = new PostgreSqlFilters(textIds: !Sequenced);
        where = sql.Where(filter);
        return sql;
    }

    private static string Window(RecordQuery query) =>
        (query.Take is { } take ? " LIMIT " + take.ToString(CultureInfo.InvariantCulture) : "")
        + (query.Skip > 0 ? " OFFSET " + query.Skip.ToString(CultureInfo.InvariantCulture) : "");

    /// <summary>The CLR type of a stored path's member (null when the path names none), to read a row's value back as that kind.</summary>
    private static Type? MemberType(string field)
    {
        var type = typeof(T);
        foreach (var name in field.Split('.'))
        {
            var property = type.GetProperty(name, BindingFlags.Public | BindingFlags.Instance);
            if (property is null)
            {
                return null;
            }

            type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        }

        return type;
    }

    private static object? Plain(string json, Type? type)
    {
        using var document = JsonDocument.Parse(json);
        var value = document.RootElement;
        return value.ValueKind switch
        {
            JsonValueKind.Null or JsonValueKind.Undefined => null,
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.String when type == typeof(DateTime) || type == typeof(DateOnly) => PostgreSqlJson.ParseDate(value.GetString()!),
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number when type == typeof(long) => value.GetInt64(),
            JsonValueKind.Number when type == typeof(double) || type == typeof(float) => value.GetDouble(),
            JsonValueKind.Number when type == typeof(decimal) => value.GetDecimal(),
            JsonValueKind.Number => value.TryGetInt32(out var i) ? i : value.TryGetInt64(out var l) ? l : value.GetDouble(),
            _ => value.GetRawText(),
        };
    }
}
