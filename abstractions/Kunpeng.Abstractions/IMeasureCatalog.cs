namespace Kunpeng.Abstractions;

/// <summary>A domain's main measures (主要措施): the defaults its bureau plans trainings from.</summary>
public interface IMeasureCatalog
{
    /// <summary>The domain this catalogue belongs to.</summary>
    string DomainId { get; }

    /// <summary>Every measure of the rules' 主要措施 section, in order.</summary>
    IReadOnlyList<MeasureDefinition> Measures { get; }
}
