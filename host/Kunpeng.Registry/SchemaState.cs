namespace Kunpeng.Registry;

/// <summary>The registry's schema version: the last <see cref="RegistryMigration"/> applied, and when.</summary>
public sealed class SchemaState : IRecord
{
    public static readonly RecordSet<SchemaState> Set = new("registry_schema");

    public const string SingletonId = "schema";

    public string Id { get; set; } = SingletonId;

    public int Version { get; set; }

    public List<AppliedMigration> Applied { get; set; } = [];
}

/// <summary>A migration as applied.</summary>
public sealed class AppliedMigration
{
    public int Number { get; set; }

    public string Name { get; set; } = "";

    public DateTime AppliedUtc { get; set; }
}
