using Kunpeng.Registry;

namespace Kunpeng.Host.Areas;

/// <summary>
/// One area of the host (cycles, nominations, plans…), registered the way an Orchard Core module's
/// Startup registers: its services, the registry indexes and migrations its records need, and its
/// endpoints, in one small class. <c>Program.cs</c> lists the areas once; the order of that list is
/// the order their start-up work runs in.
/// </summary>
public abstract class KunpengArea
{
    /// <summary>Adds the area's services (and its start-up work, as hosted services).</summary>
    public virtual void AddServices(IServiceCollection services, IConfiguration configuration)
    {
    }

    /// <summary>The indexes the area's lists and uniqueness rules need.</summary>
    public virtual IEnumerable<IndexDefinition> Indexes => [];

    /// <summary>The numbered changes to stored data the area has needed over time.</summary>
    public virtual IEnumerable<RegistryMigration> Migrations => [];

    /// <summary>Maps the area's endpoints.</summary>
    public virtual void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
    }
}
