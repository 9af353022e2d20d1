using Kunpeng.Registry.LiteDb;
using LiteDB;

namespace Kunpeng.Host.Registry;

/// <summary>
/// The LiteDB database behind the registry seam, for the areas not yet moved onto
/// <see cref="Kunpeng.Registry.IRegistry"/>: the same file, transactions and durability as
/// <see cref="LiteDbRegistry.Write{T}"/>. Goes once every area speaks the seam.
/// </summary>
public sealed class RegistryDatabase(LiteDbRegistry registry)
{
    public string FilePath => registry.FilePath;

    public BsonMapper Mapper => registry.Mapper;

    public LiteDatabase Database => registry.Database;

    /// <summary>The same registry behind its seam, for a service part-way across (reads of areas already on it).</summary>
    public Kunpeng.Registry.IRegistry Seam => registry;

    public bool IsOpen => registry.IsOpen;

    public T Write<T>(Func<LiteDatabase, T> work) => registry.WriteRaw(work);

    public void Write(Action<LiteDatabase> work) => registry.WriteRaw(db =>
    {
        work(db);
        return true;
    });
}
