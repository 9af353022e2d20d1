namespace Kunpeng.Registry;

/// <summary>
/// The fields a <see cref="IRecordReader{T}.Rows"/> query asked for, of one record: strings, numbers,
/// booleans, UTC dates or null (enums come back as their stored names).
/// </summary>
public sealed class RecordRow(IReadOnlyDictionary<string, object?> values)
{
    public object? this[string field] => values.TryGetValue(field, out var value) ? value : null;

    public string? Text(string field) => this[field]?.ToString();

    public int Int(string field) => Convert.ToInt32(this[field] ?? 0, System.Globalization.CultureInfo.InvariantCulture);

    public DateTime? Date(string field) => this[field] is DateTime d ? DateTime.SpecifyKind(d, DateTimeKind.Utc) : null;
}
