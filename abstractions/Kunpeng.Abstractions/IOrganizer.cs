namespace Kunpeng.Abstractions;

/// <summary>Who runs a domain's cycle and on what terms, as the implementation rules state it.</summary>
public interface IOrganizer
{
    /// <summary>The domain this plugin serves.</summary>
    DomainDescriptor Domain { get; }

    /// <summary>Organizing, implementing, approving and assisting bodies, intake rules and tiers.</summary>
    OrganizerProfile Profile { get; }
}
