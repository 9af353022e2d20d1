using Kunpeng.Abstractions;

namespace Kunpeng.Host.Eligibility.Profiles;

/// <summary>
/// The facts a request may carry: the shared vocabulary plus the facts the targeted plugins declare
/// as their own (any declared name not in <see cref="SharedFacts"/>). Built once per request from
/// the leased plugins, so a fact is accepted exactly when some plugin that will read it declared it.
/// </summary>
public sealed class FactSchema
{
    private readonly Dictionary<string, FactDefinition> _declared;

    private FactSchema(Dictionary<string, FactDefinition> declared, IReadOnlyList<string> domainIds, bool complete)
    {
        _declared = declared;
        DomainIds = domainIds;
        IsComplete = complete;
    }

    /// <summary>The domains whose declarations this schema holds.</summary>
    public IReadOnlyList<string> DomainIds { get; }

    /// <summary>
    /// False when some requested domain could not be resolved: a fact it might have declared is then
    /// not reported as unknown, since the mistake is the domain id and is reported as such.
    /// </summary>
    public bool IsComplete { get; }

    /// <summary>The plugins' own facts (shared facts excluded), by name.</summary>
    public IEnumerable<FactDefinition> Declared => _declared.Values;

    /// <summary>
    /// The schema of the given domains' criteria. Where two plugins declare the same own fact, the
    /// first (in the order given) defines its type; plugins are expected to agree on a shared name,
    /// and facts meant to be shared belong in the shared vocabulary instead.
    /// </summary>
    public static FactSchema For(IEnumerable<(string DomainId, IReadOnlyList<FactDefinition> Facts)> domains, bool complete = true)
    {
        var declared = new Dictionary<string, FactDefinition>(StringComparer.Ordinal);
        var ids = new List<string>();
        foreach (var (domainId, facts) in domains)
        {
            ids.Add(domainId);
            foreach (var fact in facts)
            {
                if (!SharedFacts.Contains(fact.Name))
                {
                    declared.TryAdd(fact.Name, fact);
                }
            }
        }

        return new FactSchema(declared, ids, complete);
    }

    /// <summary>The plugin-declared fact named <paramref name="name"/>.</summary>
    public bool TryGetDeclared(string name, out FactDefinition definition) => _declared.TryGetValue(name, out definition!);

    /// <summary>Every name a profile may use: shared, then declared.</summary>
    public IEnumerable<string> KnownNames => SharedFacts.All.Select(f => f.Name).Concat(_declared.Keys);
}
