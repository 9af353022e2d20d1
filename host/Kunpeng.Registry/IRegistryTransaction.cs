namespace Kunpeng.Registry;

/// <summary>One unit of work: what it reads sees its own writes; it commits as a whole or not at all.</summary>
public interface IRegistryTransaction
{
    IRecordWriter<T> Records<T>(RecordSet<T> set) where T : class;
}
