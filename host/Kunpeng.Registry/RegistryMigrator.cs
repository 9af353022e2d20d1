namespace Kunpeng.Registry;

/// <summary>
/// Brings a registry to the current schema at start: every migration after the stored version, in
/// order, each recorded as it completes; then every declared index. Running it again on a current
/// registry changes nothing, so it is safe at every start.
/// </summary>
public static class RegistryMigrator
{
    /// <summary>Applies what is missing; returns the migrations applied now.</summary>
    public static IReadOnlyList<RegistryMigration> Migrate(
        IRegistry registry, IRegistrySchema schema, IEnumerable<RegistryMigration> migrations, IEnumerable<IndexDefinition> indexes, TimeProvider clock)
    {
        var ordered = migrations.OrderBy(m => m.Number).ToList();
        var duplicate = ordered.GroupBy(m => m.Number).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException($"Two registry migrations have the number {duplicate.Key}: {string.Join(", ", duplicate.Select(m => m.Name))}.");
        }

        // Indexes first: a migration may query by an index it relies on (unique ones included).
        var declared = indexes.ToList();
        foreach (var index in declared)
        {
            schema.EnsureIndex(index);
        }

        var current = registry.Read(SchemaState.Set).Find(SchemaState.SingletonId)?.Version ?? 0;
        var applied = new List<RegistryMigration>();
        foreach (var migration in ordered.Where(m => m.Number > current))
        {
            migration.Apply(registry, schema);
            registry.Write(tx =>
            {
                var states = tx.Records(SchemaState.Set);
                var state = states.Find(SchemaState.SingletonId) ?? new SchemaState();
                state.Version = migration.Number;
                state.Applied.Add(new AppliedMigration { Number = migration.Number, Name = migration.Name, AppliedUtc = clock.GetUtcNow().UtcDateTime });
                states.Upsert(state);
                return state;
            });
            applied.Add(migration);
        }

        return applied;
    }
}
