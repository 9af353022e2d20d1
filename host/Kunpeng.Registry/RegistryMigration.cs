namespace Kunpeng.Registry;

/// <summary>
/// One numbered change to what the registry holds (a dropped index, a field filled in for records written
/// before it existed). Migrations run once each, in number order, at start; the registry keeps the
/// number of the last one applied (<see cref="SchemaState"/>).
/// </summary>
/// <param name="Number">Unique, increasing; never reused.</param>
/// <param name="Name">What it does, for the log.</param>
/// <param name="Apply">The change; it may write records through the registry.</param>
public sealed record RegistryMigration(int Number, string Name, Action<IRegistry, IRegistrySchema> Apply);
