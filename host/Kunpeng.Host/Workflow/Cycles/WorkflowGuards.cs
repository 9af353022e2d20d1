using Kunpeng.Host.Problems;

namespace Kunpeng.Host.Workflow;

/// <summary>Checks every workflow service makes the same way: stale versions, input errors collected per field.</summary>
public static class WorkflowGuards
{
    /// <summary>Throws 412 when the version the caller read is no longer the stored one.</summary>
    public static void RequireVersion(string entity, string id, int stored, int expected)
    {
        if (stored != expected)
        {
            throw new PreconditionFailedException(entity, id, stored);
        }
    }

    /// <summary>A date stored by LiteDB (read back as local time) as the calendar date it was written as (UTC midnight).</summary>
    public static DateOnly AsDate(DateTime stored) => DateOnly.FromDateTime(stored.Kind == DateTimeKind.Local ? stored.ToUniversalTime() : stored);

    /// <summary>A calendar date as a UTC-midnight <see cref="DateTime"/> for storage.</summary>
    public static DateTime ToStored(DateOnly date) => date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
}

/// <summary>Collects field errors and throws one 400 problem naming all of them.</summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;

    public void Add(string field, string reason)
    {
        if (!_errors.TryGetValue(field, out var reasons))
        {
            _errors[field] = reasons = [];
        }

        reasons.Add(reason);
    }

    public void ThrowIfAny()
    {
        if (_errors.Count > 0)
        {
            throw new InputValidationException(_errors.ToDictionary(e => e.Key, e => e.Value.ToArray()));
        }
    }
}

/// <summary>Deep copies of stored documents, for the audit trail's "before".</summary>
public static class Snapshots
{
    public static T Copy<T>(LiteDB.BsonMapper mapper, T value) => mapper.ToObject<T>(mapper.ToDocument(value));
}
