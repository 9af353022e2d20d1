namespace Kunpeng.Registry;

/// <summary>The changes a record set takes inside a transaction (and its reads, which see them).</summary>
public interface IRecordWriter<T> : IRecordReader<T> where T : class
{
    /// <summary>
    /// The record with this id, held for this transaction: a concurrent transaction that wants it for
    /// update waits until this one ends (a row lock on PostgreSQL; the embedded store serializes every write).
    /// </summary>
    T? FindForUpdate(string id);

    /// <summary>Adds a record; a <see cref="ISequencedRecord"/> gets the next number. A unique index it breaks throws <see cref="UniqueRecordException"/>.</summary>
    void Insert(T record);

    /// <summary>Replaces the stored record with the same id; false when there is none.</summary>
    bool Update(T record);

    /// <summary>Inserts or replaces the record with the same id.</summary>
    void Upsert(T record);

    /// <summary>Removes the record with this id; false when there was none.</summary>
    bool Delete(string id);
}
