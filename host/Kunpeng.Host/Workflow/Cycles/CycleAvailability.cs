using Kunpeng.Host.Workflow.Audit;
using Kunpeng.Host.Plugins;
using Kunpeng.Host.Registry;
using Kunpeng.Host.Security;

namespace Kunpeng.Host.Workflow.Cycles;

/// <summary>
/// Keeps a domain's cycles read-only while no plugin serves the domain: its data stays in the
/// registry and can be read, but no step can change it (every step checks <see cref="Cycle.ReadOnly"/>).
/// Told of retirements and returns by the plugin reloader, and reconciled at startup for changes
/// made while the host was down.
/// </summary>
public sealed class CycleAvailability(RegistryDatabase registry, AuditTrail audit) : IDomainAvailabilityObserver
{
    public void DomainRetired(string domainId) => SetReadOnly(domainId, readOnly: true);

    public void DomainServed(string domainId) => SetReadOnly(domainId, readOnly: false);

    /// <summary>Every cycle is read-only exactly when its domain is not among the served ones.</summary>
    public void Reconcile(IReadOnlyCollection<string> servedDomainIds)
    {
        var domains = registry.Database.GetCollection<Cycle>(CycleService.Cycles).FindAll().Select(c => c.DomainId).Distinct().ToList();
        foreach (var domainId in domains)
        {
            SetReadOnly(domainId, readOnly: !servedDomainIds.Contains(domainId));
        }
    }

    private void SetReadOnly(string domainId, bool readOnly)
    {
        // Most startups change nothing: look before opening a durable write (transaction + checkpoint).
        if (!registry.Database.GetCollection<Cycle>(CycleService.Cycles).Exists(c => c.DomainId == domainId && c.ReadOnly != readOnly))
        {
            return;
        }

        registry.Write(db => Apply(db, domainId, readOnly));
    }

    private void Apply(LiteDB.LiteDatabase db, string domainId, bool readOnly)
    {
        var cycles = db.GetCollection<Cycle>(CycleService.Cycles);
        foreach (var cycle in cycles.Find(c => c.DomainId == domainId && c.ReadOnly != readOnly).ToList())
        {
            var before = CycleService.Clone(cycle);
            cycle.ReadOnly = readOnly;
            cycle.Version++;
            cycles.Update(cycle);
            audit.Record(db, Actor.System, readOnly ? "cycle.read-only" : "cycle.writable", "cycle", cycle.Id, domainId, before, cycle);
        }
    }
}
