using Kunpeng.Abstractions;

namespace Kunpeng.PluginKit;

/// <summary>A declared condition: what the rules say (its definition) and how a profile is assessed against it.</summary>
internal abstract class Condition(ConditionDefinition definition)
{
    public ConditionDefinition Definition { get; } = definition;

    /// <summary>The declarations of every fact the condition reads, so the set can list them.</summary>
    public abstract IEnumerable<FactDefinition> Facts { get; }

    public abstract ConditionOutcome Assess(CandidateProfile profile, DateOnly referenceDate);
}
