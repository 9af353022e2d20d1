using Kunpeng.Host.Plugins;
using Kunpeng.Host.Security;
using Kunpeng.Host.Workflow.Writing;
using Kunpeng.Registry;

namespace Kunpeng.Host.Workflow.Cycles;

/// <summary>
/// Keeps a domain's cycles read-only while no plugin serves the domain: its data stays in the
/// registry and can be read, but no step can change it (every step checks <see cref="Cycle.ReadOnly"/>).
/// Told of retirements and returns by the plugin reloader, and reconciled at startup for changes
/// made while the host was down.
/// </summary>
public sealed class CycleAvailability(IRegistry registry, RecordWrites writes) : IDomainAvailabilityObserver
{
    public void DomainRetired(string domainId) => SetReadOnly(domainId, readOnly: true);

    public void DomainServed(string domainId) => SetReadOnly(domainId, readOnly: false);

    /// <summary>Every cycle is read-only exactly when its domain is not among the served ones.</summary>
    public void Reconcile(IReadOnlyCollection<string> servedDomainIds)
    {
        var domains = registry.Read(Cycle.Set).Rows(RecordQuery.All, [nameof(Cycle.DomainId)]).Select(r => r.Text(nameof(Cycle.DomainId))!).Distinct().ToList();
        foreach (var domainId in domains)
        {
            SetReadOnly(domainId, readOnly: !servedDomainIds.Contains(domainId));
        }
    }

    private void SetReadOnly(string domainId, bool readOnly)
    {
        var stale = Filter.Eq<Cycle>(c => c.DomainId, domainId) & Filter.Eq<Cycle>(c => c.ReadOnly, !readOnly);
        // Most startups change nothing: look before opening a durable write (transaction + checkpoint).
        if (!registry.Read(Cycle.Set).Any(stale))
        {
            return;
        }

        var step = new RecordStep<Cycle> { Action = readOnly ? "cycle.read-only" : "cycle.writable", Apply = (_, c) => c.ReadOnly = readOnly };
        writes.Write(Actor.System, changes => changes.Records(Cycle.Set).List(new RecordQuery(stale))
            .Select(c => changes.ChangeRelated(Cycle.Kind, c, step))
            .ToList());
    }
}
