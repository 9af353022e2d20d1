namespace Kunpeng.Host.Demo;

/// <summary>What a seeding run did.</summary>
public enum DemoOutcome
{
    /// <summary>The demo was written.</summary>
    Seeded,
    /// <summary>The registry already holds the demo: nothing written.</summary>
    AlreadySeeded,
    /// <summary>The registry already has the demo year's cycles or a demo account name, without the demo's marker: nothing written.</summary>
    RegistryInUse,
    /// <summary>A domain the demo walks through has no active plugin: nothing written.</summary>
    DomainsMissing,
}
