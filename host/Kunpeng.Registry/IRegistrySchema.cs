namespace Kunpeng.Registry;

/// <summary>What migrations change besides records: the indexes. Idempotent, so running it twice changes nothing.</summary>
public interface IRegistrySchema
{
    /// <summary>Creates the index unless an index of that name and definition exists (one of that name but another definition is replaced).</summary>
    void EnsureIndex(IndexDefinition index);

    /// <summary>Drops the index of that name if there is one.</summary>
    void DropIndex(string set, string name);
}
