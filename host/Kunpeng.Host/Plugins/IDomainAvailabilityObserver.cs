namespace Kunpeng.Host.Plugins;

/// <summary>Told when a domain stops or starts being served at runtime (e.g. to make its cycles read-only).</summary>
public interface IDomainAvailabilityObserver
{
    void DomainRetired(string domainId);

    void DomainServed(string domainId);
}
