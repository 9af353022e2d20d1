namespace Kunpeng.Registry;

/// <summary>
/// The records of one type under one name (a collection of the embedded store, a PostgreSQL table): declared once by
/// the area that owns them and used everywhere they are read or written.
/// </summary>
/// <param name="Name">Lower-case, with underscores; stable, since it names stored data.</param>
public sealed record RecordSet<T>(string Name) where T : class
{
    public override string ToString() => Name;
}
