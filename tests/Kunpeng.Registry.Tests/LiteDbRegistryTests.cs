using Kunpeng.Registry.LiteDb;

namespace Kunpeng.Registry.Tests;

/// <summary>The registry contract on a fresh LiteDB file.</summary>
public sealed class LiteDbRegistryTests : RegistryContract
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "kunpeng-registry-" + Guid.NewGuid().ToString("N"));
    private readonly LiteDbRegistry _registry;

    public LiteDbRegistryTests() => _registry = new LiteDbRegistry(Path.Combine(_directory, "registry.db"));

    protected override IRegistry Registry => _registry;

    protected override IRegistrySchema Schema => _registry;

    public override void Dispose()
    {
        _registry.Dispose();
        Directory.Delete(_directory, recursive: true);
    }
}
