using Kunpeng.Registry.PostgreSql;
using Kunpeng.Testing.PostgreSql;
using Npgsql;

namespace Kunpeng.Registry.Tests;

/// <summary>The registry contract on a fresh schema of the run's PostgreSQL server, and what only PostgreSQL has to show.</summary>
public sealed class PostgreSqlRegistryTests : RegistryContract
{
    private readonly string _connectionString = PostgreSqlServer.Instance.CreateSchema();
    private readonly PostgreSqlRegistry _registry;

    public PostgreSqlRegistryTests() => _registry = new PostgreSqlRegistry(_connectionString);

    protected override IRegistry Registry => _registry;

    protected override IRegistrySchema Schema => _registry;

    public override void Dispose()
    {
        _registry.Dispose();
        PostgreSqlServer.Instance.DropSchema(_connectionString);
    }

    [Fact]
    public void A_record_changed_by_another_writer_after_this_one_read_it_is_not_overwritten()
    {
        Registry.Write(tx =>
        {
            tx.Records(Sample.Set).Insert(new Sample { Id = "a", Name = "原" });
            return true;
        });

        var refused = Assert.Throws<StaleRecordException>(() => Registry.Write(tx =>
        {
            var mine = tx.Records(Sample.Set).Find("a")!;
            // Another host commits a newer version between this transaction's read and its write.
            using (var other = new PostgreSqlRegistry(_connectionString))
            {
                other.Write(otherTx =>
                {
                    var theirs = otherTx.Records(Sample.Set).FindForUpdate("a")!;
                    theirs.Name = "他们的";
                    theirs.Version++;
                    return otherTx.Records(Sample.Set).Update(theirs);
                });
            }

            mine.Name = "我的";
            mine.Version++;
            return tx.Records(Sample.Set).Update(mine);
        }));

        Assert.Equal(2, refused.StoredVersion);
        Assert.Equal("他们的", Registry.Read(Sample.Set).Find("a")!.Name);
    }

    [Fact]
    public void Every_session_commits_synchronously_whatever_the_server_default()
    {
        PostgreSqlServer.Instance.Execute("ALTER SYSTEM SET synchronous_commit = off; SELECT pg_reload_conf();");
        try
        {
            using var connection = new NpgsqlConnection(_registry.ConnectionString);
            connection.Open();
            using var command = new NpgsqlCommand("SHOW synchronous_commit", connection);
            Assert.Equal("on", command.ExecuteScalar());
        }
        finally
        {
            PostgreSqlServer.Instance.Execute("ALTER SYSTEM RESET synchronous_commit; SELECT pg_reload_conf();");
        }
    }

    [Fact]
    public async Task A_second_host_waits_for_the_start_up_lock_until_the_first_releases_it()
    {
        using var other = new PostgreSqlRegistry(_connectionString);
        var first = _registry.HoldStartupLock();
        var secondHolds = Task.Run(() =>
        {
            using var second = other.HoldStartupLock();
            return DateTime.UtcNow;
        });

        await Task.Delay(500);
        Assert.False(secondHolds.IsCompleted);
        var released = DateTime.UtcNow;
        first.Dispose();
        Assert.True(await secondHolds.WaitAsync(TimeSpan.FromSeconds(10)) >= released);
    }

    [Fact]
    public void Records_are_rows_of_jsonb_and_a_unique_index_is_a_unique_expression_index()
    {
        Schema.EnsureIndex(new IndexDefinition(Sample.Set.Name, "Key", "Key", Unique: true));
        Registry.Write(tx =>
        {
            tx.Records(Sample.Set).Insert(new Sample { Id = "a", Version = 3, Status = SampleStatus.Selected, Key = "k" });
            return true;
        });

        using var connection = new NpgsqlConnection(_registry.ConnectionString);
        connection.Open();
        using var row = new NpgsqlCommand("SELECT version, doc->>'Status', jsonb_typeof(doc->'Deadline') FROM samples WHERE id = 'a'", connection);
        using (var reader = row.ExecuteReader())
        {
            Assert.True(reader.Read());
            Assert.Equal((3, "Selected", "string"), (reader.GetInt32(0), reader.GetString(1), reader.GetString(2)));
        }

        using var index = new NpgsqlCommand("SELECT indexdef FROM pg_indexes WHERE tablename = 'samples' AND indexname = 'samples__Key'", connection);
        Assert.Contains("CREATE UNIQUE INDEX", (string)index.ExecuteScalar()!, StringComparison.Ordinal);
    }
}
