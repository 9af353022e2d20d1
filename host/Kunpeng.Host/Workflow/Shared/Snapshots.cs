namespace Kunpeng.Host.Workflow;

/// <summary>Deep copies of stored documents, for the audit trail's "before".</summary>
public static class Snapshots
{
    public static T Copy<T>(LiteDB.BsonMapper mapper, T value) => mapper.ToObject<T>(mapper.ToDocument(value));
}
